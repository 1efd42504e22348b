"""A plain page for features that have not landed yet, saying so instead of pretending."""

from __future__ import annotations

from typing import Callable

import streamlit as st


def page(title: str, arrives_with: str) -> Callable[[], None]:
    def render() -> None:
        st.title(title)
        st.info(f"Not ready yet. This page arrives with {arrives_with}. Nothing here analyses your text yet.")

    render.__name__ = "not_ready_" + "".join(ch if ch.isalnum() else "_" for ch in title.lower())
    return render
