# The two README commands: `make demo` and `make test`. Both set up what is missing first.
.PHONY: setup setup-tests demo test test-matrix test-core lint qgis i18n package clean

setup:
	bash scripts/setup.sh

setup-tests:
	bash scripts/setup.sh --tests

demo: setup
	bash scripts/demo.sh

test: setup-tests
	bash scripts/test.sh

# The whole suite again on QGIS 3.44 LTR in a Debian 13 root (debootstrap, cached in
# /var/cache/regionatlas-matrix; needs root). MATRIX_NAMES="qgis344 qgis340" adds QGIS 3.40.
# See scripts/matrix.sh.
test-matrix:
	bash scripts/matrix.sh test

test-core: setup
	.venv/bin/python -m pytest tests/core -q

lint: setup
	.venv/bin/ruff check . && .venv/bin/ruff format --check .

i18n: setup
	.venv/bin/python scripts/i18n.py --check

qgis: setup
	bash scripts/qgis_desktop.sh

# dist/RegionAtlas-<version>.zip for the plugin repository or "Install from ZIP".
package: setup
	bash scripts/package.sh

clean:
	rm -rf out .build .qgis-settings dist
