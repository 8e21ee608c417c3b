"""Settings, read from the environment once at the edge and passed down."""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.errors import InputError

REPO_ROOT = Path(__file__).resolve().parent.parent


def package_file(package: str, relative: str) -> Path | None:
    """A data file shipped inside an installed package (a model, a dictionary), found without importing the
    package; None when the package or the file is not there."""
    spec = importlib.util.find_spec(package)
    for location in (spec.submodule_search_locations or []) if spec else []:
        if (path := Path(location) / relative).is_file():
            return path
    return None


@dataclass(frozen=True)
class Settings:
    index_dir: Path = REPO_ROOT / ".index"
    collection: str = "releases"
    chroma_host: str | None = None
    chroma_port: int = 8000
    model_path: str | None = None  # None: the packaged all-MiniLM-L6-v2
    device: str = "cpu"
    batch_size: int = 64

    cache_dir: Path = Path.home() / ".cache" / "press-release-assistant"  # for a server's keyword index

    @property
    def keyword_cache(self) -> Path:
        """Where the keyword index is kept between runs."""
        return self._cache_file("keyword")

    @property
    def parse_memo(self) -> Path:
        """Where ingest remembers what each input parsed into."""
        return self._cache_file("parsed")

    @property
    def ledger(self) -> Path:
        """Where ingest keeps what the index holds (release, origin, size of each chunk)."""
        return self._cache_file("stored")

    def _cache_file(self, kind: str) -> Path:
        """Beside a local index, or in the cache folder for a Chroma server (one file per server and collection)."""
        if self.chroma_host:
            safe = "".join(ch if ch.isalnum() or ch in ".-" else "_" for ch in self.chroma_host)
            return self.cache_dir / f"{kind}-{safe}-{self.chroma_port}-{self.collection}.pkl"
        return self.index_dir / f"{kind}-{self.collection}.pkl"

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if env is None else env)
        settings = cls()
        if env.get("ASSISTANT_INDEX"):
            settings = replace(settings, index_dir=Path(env["ASSISTANT_INDEX"]))
        if env.get("ASSISTANT_CACHE"):
            settings = replace(settings, cache_dir=Path(env["ASSISTANT_CACHE"]))
        if env.get("ASSISTANT_COLLECTION"):
            settings = replace(settings, collection=env["ASSISTANT_COLLECTION"])
        if env.get("ASSISTANT_MODEL"):
            settings = replace(settings, model_path=env["ASSISTANT_MODEL"])
        if env.get("CHROMA_HOST"):
            port = env.get("CHROMA_PORT", "8000")
            if not port.isdigit():
                raise InputError(f"CHROMA_PORT={port!r} is not a port number; set it to e.g. 8000.")
            settings = replace(settings, chroma_host=env["CHROMA_HOST"], chroma_port=int(port))
        if len(settings.collection) < 3:
            raise InputError(
                f"Collection name {settings.collection!r} is too short: Chroma needs at least 3 characters."
            )
        return settings

    def with_index(self, index_dir: str | Path | None) -> Settings:
        return self if index_dir is None else replace(self, index_dir=Path(index_dir))
