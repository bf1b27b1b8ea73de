"""The organisation-name tagger (kg.authoring.ner): training, tagging, and its place in scgov extract."""

import pytest

from kg.authoring import ner
from kg.authoring.extract import extract_text

STEMS = ["가온", "나래", "다솜", "라온", "마루", "바다", "사랑", "아라", "자람", "차오", "하늬", "누리", "보람", "새벽", "여울", "온새"]
KINDS = ["연구원", "진흥원", "공사", "협회", "재단", "테크"]


def _examples():
    """Sentences with made-up organisations (stem + kind) and their spans."""
    out = []
    for i, stem in enumerate(STEMS[:12]):
        a, b = stem + KINDS[i % len(KINDS)], STEMS[(i + 5) % 12] + KINDS[(i + 2) % len(KINDS)]
        text = f"{a}와 {b}는 스마트시티 업무협약을 체결했다고 밝혔다."
        out.append((text, [(0, len(a)), (len(a) + 2, len(a) + 2 + len(b))]))
        text = f"이날 행사에는 {a} 관계자 등이 참석했다."
        out.append((text, [(8, 8 + len(a))]))
    return out


@pytest.fixture(scope="module")
def small_model(tmp_path_factory):
    path = tmp_path_factory.mktemp("ner") / "small.crfsuite"
    ner.train(_examples(), path, iterations=80, minfreq=1)
    yield path
    ner._tagger.cache_clear()


def test_labels_and_spans_round_trip():
    text = "국토교통부와 한국토지주택공사(LH)가 협약했다."
    spans = [(0, 5), (7, 15)]
    assert ner.spans_from_labels(ner.labels_for(text, spans)) == spans


def test_a_trained_model_tags_unseen_names_of_the_same_shape(small_model):
    text = "보람연구원과 온새공사는 업무협약을 체결했다고 밝혔다."  # neither name was in the training sentences
    found = {text[a:b] for a, b in ner.find_names(text, small_model, min_confidence=0.0)}
    assert found == {"보람연구원", "온새공사"}
    assert all(0.0 <= p <= 1.0 for _, _, p in ner.scored_names(text, small_model))


def test_no_model_file_finds_nothing(tmp_path):
    assert ner.find_names("국토교통부와 LH가 협약했다.", tmp_path / "missing.crfsuite") == []


def test_the_shipped_model_is_there_and_proposes_names_the_rules_miss(graph):
    assert ner.MODEL.exists()
    text = "미래도시포럼은 한국도시혁신네트워크와 업무협약을 체결했다."  # …네트워크 is no suffix the rules take alone
    with_model = {m.label: m for m in extract_text(text, graph).mentions if m.new}
    without = {m.label for m in extract_text(text, graph, use_model=False).mentions if m.new}
    assert with_model["한국도시혁신네트워크"].source == "model" and "한국도시혁신네트워크" not in without
    assert with_model["미래도시포럼"].source == "pattern" and "미래도시포럼" in without  # the rules' own (…포럼)


def test_the_model_never_proposes_inside_page_furniture(graph):
    caption = "[사진=스마트도시혁신네트워크 제공]"  # a photo caption
    text = "국토교통부는 한국도시혁신네트워크와 업무협약을 체결했다.\n" + caption + "\n"
    tagged = {text[a:b] for a, b in ner.find_names(text)}
    assert {"한국도시혁신네트워크", "스마트도시혁신네트워크"} <= tagged  # the tagger sees both …
    proposed = {m.label for m in extract_text(text, graph).mentions if m.source == "model"}
    assert proposed == {"한국도시혁신네트워크"}  # … the caption's is furniture


def test_cli_no_model_leaves_the_tagger_out(tmp_path):
    import json

    from click.testing import CliRunner

    from kg.cli import cli

    path = tmp_path / "t.txt"
    path.write_text("미래도시포럼은 한국도시혁신네트워크와 업무협약을 체결했다.", encoding="utf-8")
    labels = {}
    for flag in ("--model", "--no-model"):
        result = CliRunner().invoke(cli, ["extract", str(path), "--format", "json", flag])
        assert result.exit_code == 0, result.output
        labels[flag] = {m["label"] for m in json.loads(result.stdout)["mentions"]}
    assert "한국도시혁신네트워크" in labels["--model"] and "한국도시혁신네트워크" not in labels["--no-model"]


def test_a_lower_confidence_adds_names_but_never_places_or_projects(graph, monkeypatch):
    """Below the default confidence the tagger's names are kept only when they do not end like a place or a project."""
    text = "코코넛사일로와 충북혁신도시, 글로벌연수사업을 논의했다."
    spans = {"코코넛사일로": 0.7, "충북혁신도시": 0.7, "글로벌연수사업": 0.8}
    found = [(text.index(n), text.index(n) + len(n), p) for n, p in spans.items()]
    monkeypatch.setattr(ner, "scored_names", lambda _text, model=None: found)
    model = lambda **kw: {m.label for m in extract_text(text, graph, **kw).mentions if m.source == "model"}  # noqa: E731
    assert model() == set()  # 0.7 and 0.8 are below the default 0.97
    assert model(min_confidence=0.6) == {"코코넛사일로"}
    assert model(min_confidence=0.75) == set()


def test_cli_min_confidence_is_checked(tmp_path):
    import json

    from click.testing import CliRunner

    from kg.cli import cli

    path = tmp_path / "t.txt"
    path.write_text("미래도시포럼은 한국도시혁신네트워크와 업무협약을 체결했다.", encoding="utf-8")
    bad = CliRunner().invoke(cli, ["extract", str(path), "--min-confidence", "1.5"])
    assert bad.exit_code == 2 and "1.5" in bad.output
    labels = {}
    for value in ("0.97", "0.0"):
        ok = CliRunner().invoke(cli, ["extract", str(path), "--format", "json", "--min-confidence", value])
        assert ok.exit_code == 0, ok.output
        labels[value] = {m["label"] for m in json.loads(ok.stdout)["mentions"]}
    assert "한국도시혁신네트워크" in labels["0.97"] and labels["0.97"] <= labels["0.0"]  # a lower threshold only adds
