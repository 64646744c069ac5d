"""Rendering a stored run as a static, self-contained HTML report.

Templates come from ``reports/`` (jinja2, autoescaped); a user folder given with
``--templates`` is searched first, so a bundled template can be overridden by one of
the same name (datasette's loader chain). Nothing is fetched from the network: CSS
and JS are copied next to the pages, so the report opens offline from the file
system. Every value taken from a crawled page is untrusted: it is escaped by
jinja2, and only http(s) URLs ever become links.

The methodology page and each site's "what drove each dimension" are rendered from
the method the run was scored with (stored with the run), and say when today's
catalogue differs from it, or that the run's method was not recorded. Sites none of
whose pages could be read are listed below the ranking as not audited.
"""

from __future__ import annotations

import csv
import shutil
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup
from jinja2 import BytecodeCache, ChoiceLoader, Environment, FileSystemLoader, StrictUndefined, select_autoescape
from jinja2.bccache import Bucket

from ..evaluate.catalogue import DIMENSIONS, GROUPS, load_catalogue, method_changes, method_hash, method_snapshot
from ..evaluate.outcome import SEVERITY_ORDER
from ..resources import reports_dir
from .chart import group_chart, trend_chart
from .i18n import Localiser, N_
from .messages import translate_message
from ..results import audited, write_results

ASSETS = ("report.css", "report.js")


def web_href(url: Any) -> str | None:
    """A URL that may become a link: http(s) only, never javascript: or data:."""
    if isinstance(url, str) and urlsplit(url).scheme in ("http", "https"):
        return url
    return None


def fmt_score(value: Any) -> str:
    return "–" if value is None else f"{value:.0f}"


def fmt_gain(value: Any) -> str:
    """A score gain as shown: "+2.5"; a gain that rounds to nothing "< +0.1"."""
    if value is None:
        return "–"
    return f"+{value:.1f}" if value >= 0.05 else "< +0.1"


# Size units, marked for the catalogues (Ko in French, КБ in Russian).
SIZE_UNITS = {"B": N_("%(size)s B"), "KB": N_("%(size)s KB"), "MB": N_("%(size)s MB"), "GB": N_("%(size)s GB")}


def fmt_bytes(value: Any, number: Any = None, gettext: Any = None) -> str:
    """A size in B, KB, MB, GB (decimal units); ``number`` formats the figure and ``gettext``
    the unit (the locale's)."""
    if value is None:
        return "–"
    number = number or (lambda v, d: f"{v:.{d}f}")
    gettext = gettext or (lambda text: text)
    if value < 1000:
        return gettext(SIZE_UNITS["B"]) % {"size": number(value, 0)}
    for unit in ("KB", "MB"):
        value /= 1000
        if value < 1000:
            return gettext(SIZE_UNITS[unit]) % {"size": number(value, 1)}
    return gettext(SIZE_UNITS["GB"]) % {"size": number(value / 1000, 1)}


# Words for the codes that facts hold (access services), marked for the catalogues.
FACT_WORDS = {"captions": N_("captions"), "sign_language": N_("sign language"), "cart": N_("CART (live captioning)"),
              "interpretation": N_("interpretation"), "childcare": N_("childcare"),
              "wheelchair_access": N_("wheelchair access"), "image": N_("image CAPTCHA"), "other": N_("other")}
# Statuses of a site, and roles of a page, as shown.
STATUS_WORDS = {"ok": N_("ok"), "partial": N_("partial"), "failed": N_("failed"), "finished": N_("finished"),
                "running": N_("running"), "interrupted": N_("interrupted")}
SEVERITY_WORDS = {"critical": N_("critical"), "serious": N_("serious"), "moderate": N_("moderate"),
                  "minor": N_("minor"), "info": N_("info")}
CERTAINTY_WORDS = {"confirmed": N_("confirmed"), "needs-review": N_("needs review")}
ROLE_WORDS = {"home": N_("home"), "registration": N_("registration"), "fees": N_("fees"), "support": N_("support"),
              "remote": N_("remote"), "accessibility": N_("accessibility"), "language": N_("language"),
              "other": N_("other")}
# Where a price's context was found (the cost check's evidence levels).
LEVEL_WORDS = {"table": N_("table"), "labels": N_("labels"), "heading": N_("heading"), "page": N_("page"),
               "sentence": N_("sentence")}
DIMENSION_WORDS = {"accessibility": N_("Accessibility"), "language": N_("Language"), "cost": N_("Cost"),
                   "registration": N_("Registration"), "bandwidth": N_("Bandwidth")}


def fmt_fact(value: Any, local: Localiser | None = None) -> str:
    """A fact as a reader wants it: yes/no/not stated, lists joined, nothing as a dash.
    Language codes become the locale's language names; service codes its words."""
    local = local or Localiser("en")
    _ = local.gettext
    if value is None:
        return _("not stated")
    if value is True:
        return _("yes")
    if value is False:
        return _("no")
    if isinstance(value, list):
        if not value:
            return _("none")
        words = []
        for item in value:
            item = str(item)
            if item in FACT_WORDS:
                words.append(_(FACT_WORDS[item]))
            elif len(item) in (2, 3) and item.isalpha() and local.locale.languages.get(item):
                words.append(local.locale.languages[item])
            else:
                words.append(item.replace("_", " "))
        return local.listing(words)
    if isinstance(value, float):
        return local.number(value, 1)
    if isinstance(value, int):
        return local.number(value)
    return str(value)


def ltr(value: Any, rtl: bool = True) -> Any:
    """A left-to-right token (run id, version) isolated in a right-to-left page, so that
    the page does not reorder its parts ("2026.11+032f4505" is not "032f4505+2026.11")."""
    return Markup('<bdi dir="ltr">%s</bdi>') % value if rtl else value


class _CompiledTemplates(BytecodeCache):
    """The templates' compiled code, kept for this process: every environment made here
    has the same settings, so one made for another language (or by ``warm_up``) gives
    the next its code. A template whose source changed (its checksum) is compiled again."""

    def __init__(self) -> None:
        self._code: dict[str, tuple[str | None, Any]] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        kept = self._code.get(bucket.key)
        if kept is not None and kept[0] == bucket.checksum:
            bucket.code = kept[1]

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = (bucket.checksum, bucket.code)


_COMPILED = _CompiledTemplates()


def environment(user_templates: Path | None = None, lang: str = "en") -> Environment:
    local = Localiser(lang)
    loaders = [FileSystemLoader(str(user_templates))] if user_templates else []
    loaders.append(FileSystemLoader(str(reports_dir())))
    env = Environment(loader=ChoiceLoader(loaders), autoescape=select_autoescape(default=True,
                      default_for_string=True), undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      extensions=["jinja2.ext.i18n"], bytecode_cache=_COMPILED)
    env.install_gettext_translations(local.translations, newstyle=True)
    words = {**LEVEL_WORDS, **STATUS_WORDS, **SEVERITY_WORDS, **CERTAINTY_WORDS}

    def score(value: Any) -> str:
        return "–" if value is None else local.number(round(value))

    def gain(value: Any) -> str:
        if value is None:
            return "–"
        return "+" + local.number(value, 1) if value >= 0.05 else "< +" + local.number(0.1, 1)

    env.filters.update(web_href=web_href, score=score, size=lambda v: fmt_bytes(v, local.number, local.gettext),
                       fact=lambda v: fmt_fact(v, local), fix_steps=lambda t: fix_steps(local.maybe(t)),
                       gain=gain, change_summary=change_summary, t=local.maybe, num=lambda v, d=0: local.number(v, d, fixed=False),
                       when=local.datetime, day=local.date, word=lambda code: local.gettext(words.get(code, code)),
                       role=lambda code: local.gettext(ROLE_WORDS.get(code, code)),
                       dimension=lambda code: local.gettext(DIMENSION_WORDS.get(code, code.capitalize())),
                       percent=local.percent, listing=local.listing, money=local.money,
                       ltr=lambda v: ltr(v, local.dir == "rtl"))
    def message(text: Any) -> Any:
        """A finding's message in the report's language, or marked as the English it stayed in."""
        translated = translate_message(text, local)
        if translated is not None:
            return translated
        return Markup('<span lang="en" dir="ltr">%s</span>') % text

    def foreign(text: Any) -> Markup:
        """Attributes for an element holding ``text`` when it stayed in English."""
        return Markup("") if local.known(text) else Markup(' lang="en" dir="ltr"')

    env.filters.update(msg=message, foreign=foreign)
    env.globals.update(lang=lang, dir=local.dir, local=local)
    return env


def warm_up() -> None:
    """Compile the report's own templates now, for ``write_report`` to find their code.
    With this module's import (jinja2, babel, the check catalogue), ~0.6 s of CPU that a run's report
    otherwise waited for at the end (``pipeline.run_audit``'s ``crawled``)."""
    env = environment()
    for name in env.list_templates(extensions=["j2"]):
        env.get_template(name)


def fix_steps(text: Any) -> list[dict[str, Any]]:
    """A fix as the reader needs it: axe-core's diagnosis ("Fix any of the following:" then
    one indented line per way to fix it, "Fix all of the following:" ...) as headed
    lists; any other text as one paragraph (``heading`` and no ``items``)."""
    if not isinstance(text, str) or not text.strip():
        return []
    steps: list[dict[str, Any]] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        if not line[0].isspace() and line.rstrip().endswith(":"):
            steps.append({"heading": line.strip(), "items": []})
        elif steps and steps[-1]["items"] is not None and line[0].isspace():
            steps[-1]["items"].append(line.strip())
        else:
            steps.append({"heading": line.strip(), "items": None})
    return steps


def group_findings(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Findings grouped by check: one entry per barrier, its instances underneath."""
    groups: dict[str, dict[str, Any]] = {}
    for finding in findings:
        entry = groups.setdefault(finding["check"], {
            "check": finding["check"], "message": finding["message"], "severity": finding["severity"],
            "certainty": finding["certainty"], "groups": finding["groups"],
            "help_url": finding.get("help_url", ""), "instances": [], "pages": set(),
        })
        if SEVERITY_ORDER[finding["severity"]] < SEVERITY_ORDER[entry["severity"]]:
            entry["severity"] = finding["severity"]
        if finding["certainty"] == "confirmed":
            entry["certainty"] = "confirmed"
        entry["instances"].append(finding)
        entry["pages"].update(finding.get("pages") or [finding["page"]])
    ordered = sorted(groups.values(), key=lambda g: (SEVERITY_ORDER[g["severity"]],
                                                     g["certainty"] != "confirmed", -len(g["pages"]), g["check"]))
    for entry in ordered:
        entry["page_count"] = len(entry.pop("pages"))
        # One fix for every place (a check's advice), or each place's own diagnosis (axe-core's).
        helps = {f.get("help") or "" for f in entry["instances"]}
        entry["help"] = helps.pop() if len(helps) == 1 else None
        entry["gain"] = max((f["gain"]["overall"] for f in entry["instances"] if f.get("fix_order") is not None
                             and f["gain"]["overall"] is not None), default=None)
    return ordered


def change_summary(entries: list[dict[str, Any]], top: int = 5) -> list[dict[str, Any]]:
    """The barriers of a "since the previous run" list by check, most severe and most
    frequent first: what the summary shows before the full list."""
    by_check: dict[str, dict[str, Any]] = {}
    for entry in entries:
        item = by_check.setdefault(entry["check"], {"check": entry["check"], "message": entry["message"],
                                                    "severity": entry["severity"], "count": 0, "pages": set()})
        if SEVERITY_ORDER[entry["severity"]] < SEVERITY_ORDER[item["severity"]]:
            item["severity"] = entry["severity"]
        item["count"] += 1
        item["pages"].add(entry["page"])
    ordered = sorted(by_check.values(), key=lambda i: (SEVERITY_ORDER[i["severity"]], -i["count"], i["check"]))
    return [{**item, "pages": len(item["pages"])} for item in ordered[:top]]


def dimension_drivers(site: dict[str, Any], scoring: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Per dimension, each component's label, weight and graded value: what drove the score."""
    components = (site.get("scores") or {}).get("components") or {}
    return {dimension: [{"name": name, "label": part["label"], "weight": part["weight"],
                         "value": (components.get(dimension) or {}).get(name)}
                        for name, part in parts.items()]
            for dimension, parts in scoring["dimensions"].items()}


def findings_by_dimension(findings: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    by_dimension: dict[str, list[dict[str, Any]]] = {}
    for group in group_findings(findings):
        dimension = group["check"].split(".", 1)[0]
        by_dimension.setdefault(dimension, []).append(group)
    return by_dimension


def tied(sites: list[dict[str, Any]]) -> set[str]:
    """Ids of sites that share their rank with another site."""
    counts = Counter(s["rank"] for s in sites if s["rank"] is not None)
    return {s["id"] for s in sites if counts[s["rank"]] > 1}


def ranking_order(sites: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Audited sites by rank (unranked ones after them, by name), then the sites not audited."""
    return sorted(sites, key=lambda s: (not audited(s), s["rank"] is None, s["rank"] or 0, s["name"]))


# The columns of the two CSV files. The same thing has the same name in both (``site`` is
# a site's id); groups come in the catalogue's order; a rank is a whole number, with the
# best and worst rank the sensitivity analysis allows beside it (README, "Outputs").
FINDING_COLUMNS = ["site", "check", "severity", "certainty", "groups", "page", "page_count", "message",
                   "selector", "snippet", "help", "help_url", "gain"]


def site_columns(dimensions: list[str]) -> list[str]:
    return ["rank", "rank_best", "rank_worst", "site", "name", "url", "audit", "status", "error", "overall",
            *(f"group_{g}" for g in GROUPS), *(f"dimension_{d}" for d in dimensions), "pages", "findings"]


def sites_table(results: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per site, in ranking order (the rows of ``sites.csv``)."""
    rows = []
    for site in ranking_order(results["sites"]):
        scores = site["scores"] or {}
        best, worst = site.get("rank_interval") or (None, None)
        row = {"rank": site["rank"], "rank_best": best, "rank_worst": worst, "site": site["id"],
               "name": site["name"], "url": site["url"], "audit": "audited" if audited(site) else "not audited",
               "status": site["status"], "error": site["error"], "overall": scores.get("overall")}
        row.update({f"group_{g}": (scores.get("groups") or {}).get(g) for g in GROUPS})
        row.update({f"dimension_{d}": v for d, v in (scores.get("dimensions") or {}).items()})
        row.update(pages=len(site["pages"]), findings=len(site["findings"]))
        rows.append(row)
    return rows


def findings_table(results: dict[str, Any]) -> list[dict[str, Any]]:
    """One row per finding (the rows of ``findings.csv``)."""
    return [{"site": site["id"], **{k: f.get(k) for k in FINDING_COLUMNS[1:]},
             "groups": " ".join(g for g in GROUPS if g in f["groups"]), "page_count": f.get("page_count", 1),
             "gain": (f.get("gain") or {}).get("overall")}
            for site in results["sites"] for f in site["findings"]]


def write_csv(path: Path, rows: list[dict[str, Any]], columns: list[str]) -> None:
    """Rows as CSV: every value as it is in results.json, an empty cell for null."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns)
        writer.writeheader()
        writer.writerows({k: "" if v is None else v for k, v in row.items()} for row in rows)


def method_view(results: dict[str, Any], method: dict[str, Any] | None,
                current: Any = None) -> dict[str, Any]:
    """The method to render a run with, and what to say about it.

    ``method`` is the snapshot stored with the run (``results.run_method``). Without
    one, a run whose method hash or catalogue version is today's was scored with
    today's method; any other is rendered with today's method and a note that its own
    was not recorded.
    """
    current = current or load_catalogue()
    today = method_snapshot(current)
    today_hash = method_hash(today)
    stored_hash = results["run"].get("method_hash")
    if method is None and (stored_hash == today_hash or results["run"]["catalogue_version"] == current.version):
        method = today  # the same files in checks/: the run was scored with today's method
    if method is None:
        return {"snapshot": today, "recorded": False, "differs": False, "hash": None, "changes": [],
                "current_version": current.version}
    own_hash = method_hash(method)
    differs = own_hash != today_hash
    return {"snapshot": method, "recorded": True, "differs": differs, "hash": own_hash,
            "changes": method_changes(method, today) if differs else [], "current_version": current.version}


def write_report(results: dict[str, Any], out: Path, screenshots: Any = (),
                 user_templates: Path | None = None, history: dict[str, list[dict[str, Any]]] | None = None,
                 changes: dict[str, dict[str, Any]] | None = None, method: dict[str, Any] | None = None,
                 current: Any = None, lang: str = "en") -> Path:
    """Write the whole report into ``out``, in ``lang`` (one of ``i18n.LANGUAGES``); return
    the path of index.html.

    ``method``: the snapshot of the method the run was scored with, as stored with it;
    ``current``: today's catalogue, to compare with (default: the installed one)."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "sites").mkdir(exist_ok=True)
    (out / "assets").mkdir(exist_ok=True)
    for asset in ASSETS:
        shutil.copyfile(reports_dir() / asset, out / "assets" / asset)

    shots: dict[str, dict[int, str]] = defaultdict(dict)
    if screenshots:
        (out / "screenshots").mkdir(exist_ok=True)
        for site_id, seq, data in screenshots:
            name = f"{site_id}-{seq}.jpg"
            (out / "screenshots" / name).write_bytes(data)
            shots[site_id][seq] = f"../screenshots/{name}"

    write_results(results, out / "results.json")
    scored = {d for site in results["sites"] for d in ((site["scores"] or {}).get("dimensions") or {})}
    write_csv(out / "sites.csv", sites_table(results), site_columns([d for d in DIMENSIONS if d in scored]))
    write_csv(out / "findings.csv", findings_table(results), FINDING_COLUMNS)

    env = environment(user_templates, lang)
    local: Localiser = env.globals["local"]
    view = method_view(results, method, current)
    used = view["snapshot"]
    meta, scoring = used["meta"], used["scoring"]
    ordered = ranking_order(results["sites"])
    ranked = [s for s in ordered if audited(s)]
    not_audited = [s for s in ordered if not audited(s)]
    groups = meta["groups"]
    short = meta["group_short"]
    env.filters["group"] = lambda key: local.gettext(groups.get(key, key))
    legend = {key: local.gettext(label) for key, label in short.items()}
    has_chart = group_chart(ranked, legend, out / "chart-groups.svg", local)
    if has_chart:
        group_chart(ranked, legend, out / "chart-groups-narrow.svg", local, narrow=True)
    common = {"run": results["run"], "groups": groups, "short": short, "dimensions": meta["dimensions"],
              "method": view}
    ties = tied(ranked)
    index = out / "index.html"
    index.write_text(env.get_template("index.html.j2").render(
        sites=ranked, not_audited=not_audited, tied=ties, has_chart=has_chart,
        total_pages=sum(len(s["pages"]) for s in results["sites"]), **common), encoding="utf-8")
    history, changes = history or {}, changes or {}
    for site in results["sites"]:
        trend = history.get(site["id"], [])
        has_trend = trend_chart(trend, legend, out / "sites" / f"{site['id']}-trend.svg", local)
        html = env.get_template("site.html.j2").render(
            site=site, audited=audited(site), findings=findings_by_dimension(site["findings"]),
            shots=shots.get(site["id"], {}), drivers=dimension_drivers(site, scoring), tied=ties, trend=trend,
            has_trend=has_trend, change=changes.get(site["id"]), **common)
        (out / "sites" / f"{site['id']}.html").write_text(html, encoding="utf-8")
    checks = sorted(used["checks"], key=lambda c: (c["dimension"], c["id"]))
    (out / "methodology.html").write_text(env.get_template("methodology.html.j2").render(
        checks=checks, scoring=scoring, **common), encoding="utf-8")
    return index
