"""A langchain-core retriever over the knowledge base, for use inside LangChain chains.

Example:
    >>> from coach.workflows.suggest import get_index
    >>> retriever = KnowledgeRetriever(index=get_index(), k=3, filters=Filters(kinds=("question",)))
    >>> [d.metadata["kind"] for d in retriever.invoke("my mentee is anxious about a promotion")]
    ['question', 'question', 'question']
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict, Field

from retrieval.index import Filters, HybridIndex


class KnowledgeRetriever(BaseRetriever):
    """Returns knowledge entries as Documents whose metadata carries the entry, score and why."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: Any = Field(description="a retrieval.index.HybridIndex")
    k: int = 5
    filters: Filters = Field(default_factory=Filters)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun
    ) -> list[Document]:
        index: HybridIndex = self.index
        documents = []
        for result in index.search(query, k=self.k, filters=self.filters):
            metadata = result.entry.to_dict()
            metadata.pop("text")
            metadata.update(score=result.score, why=result.why)
            documents.append(Document(page_content=result.entry.text, metadata=metadata, id=result.entry.id))
        return documents
