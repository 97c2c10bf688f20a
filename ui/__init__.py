"""Qt user interface: docks, dialogs and map tools. No method logic here."""
