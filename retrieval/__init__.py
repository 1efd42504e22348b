"""Retrieval over knowledge entries: dense (faiss), lexical (BM25), fusion, MMR and a LangChain adapter."""
