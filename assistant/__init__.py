"""Answers questions about government press releases, citing the passages it quotes."""
