"""The knowledge base works as a LangChain retriever inside a runnable chain."""

from langchain_core.documents import Document
from langchain_core.runnables import RunnableLambda, RunnablePassthrough

from coach.workflows.suggest import get_index
from retrieval.index import Filters
from retrieval.langchain import KnowledgeRetriever


def test_retriever_returns_documents_with_entry_metadata():
    retriever = KnowledgeRetriever(index=get_index(), k=3, filters=Filters(kinds=("question",)))
    documents = retriever.invoke("my mentee is nervous about asking for a promotion")
    assert len(documents) == 3
    assert all(isinstance(d, Document) and d.metadata["kind"] == "question" for d in documents)
    assert {"id", "title", "phases", "topics", "score", "why"} <= set(documents[0].metadata)


def test_retriever_runs_inside_a_runnable_chain():
    retriever = KnowledgeRetriever(index=get_index(), k=2)
    format_docs = RunnableLambda(
        lambda docs: "\n".join(f"- {d.metadata['title']}: {d.page_content}" for d in docs)
    )
    chain = {"context": retriever | format_docs, "situation": RunnablePassthrough()} | RunnableLambda(
        lambda x: f"Situation: {x['situation']}\nIdeas:\n{x['context']}"
    )
    output = chain.invoke("we are closing a six-month mentoring relationship")
    assert output.startswith("Situation: we are closing")
    assert output.count("\n- ") == 2
