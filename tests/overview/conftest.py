import pytest

from tests.year_folder import YearFolder, build_year_folder


@pytest.fixture(scope="session")
def year_folder(tmp_path_factory) -> YearFolder:
    """Built once per run (it makes three signed PDFs); tests must not change it."""
    return build_year_folder(tmp_path_factory.mktemp("leder") / "Samtaler")
