"""The models: loading and caching the spaCy pipeline and the sentence embedder (``loading``), the
trained classifier heads every analyzer uses (``heads``), and running two model calls side by side
(``threads``). The only place that loads a model.
"""
