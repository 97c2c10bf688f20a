"""Commuting: OD tables, per-unit indicators, flow lines and commuting regions."""
