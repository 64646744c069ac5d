"""Keep the report's translation catalogues in step with the English source.

    python -m barrieraudit.report.translate            # add new strings, mark gone ones obsolete
    python -m barrieraudit.report.translate --check    # list what each language lacks (exit 1 if any)

The English lives in the templates (``reports/*.j2``), in the strings marked ``N_``/``_``
in ``barrieraudit/report/render.py`` and ``chart.py``, and in the check catalogue
(``checks/``: dimension descriptions, group names, check titles, descriptions and fixes,
component labels). Each language's catalogue is
``reports/locale/<lang>/LC_MESSAGES/barrieraudit.po``: a translator edits it with any PO
editor (Poedit, Lokalize, Weblate) or by hand. Nothing needs compiling: the report reads
the ``.po`` files as they are. A new English string arrives with an empty translation,
and ``tests/test_report_i18n.py`` fails until someone translates it.
"""

from __future__ import annotations

import sys

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

from .i18n import DOMAIN, LANGUAGES, extract_messages, missing_translations, po_path, read_catalogue


def update(lang: str) -> None:
    """Rewrite the language's .po with today's strings, keeping every translation it has."""
    path = po_path(lang)
    old = read_catalogue(lang) if path.exists() else Catalog(locale=lang, domain=DOMAIN)
    # The dates of the old file, so that an update changes only the entries that changed.
    new = Catalog(locale=lang, domain=DOMAIN, project="barrieraudit", copyright_holder="barrieraudit",
                  fuzzy=False, creation_date=old.creation_date, revision_date=old.revision_date,
                  last_translator="barrieraudit translators", language_team=f"barrieraudit {lang}")
    for msgid, message in extract_messages().items():
        plural = isinstance(message, tuple)
        entry = old.get(msgid)
        if plural:
            string = tuple(entry.string) if entry is not None and isinstance(entry.string, tuple) else ()
            string = (string + ("",) * new.num_plurals)[:new.num_plurals]
        else:
            string = entry.string if entry is not None and isinstance(entry.string, str) else ""
        new.add(message if plural else msgid, string, flags=("python-format",) if "%(" in msgid else ())
        if entry is not None and entry.fuzzy:
            new[msgid].flags.add("fuzzy")
    for entry in old:
        if entry.id and entry.string and new.get(entry.id if isinstance(entry.id, str) else entry.id[0]) is None:
            new.obsolete[entry.id if isinstance(entry.id, str) else entry.id[0]] = entry
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, new, width=0, sort_output=False, no_location=True)


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = [f"{lang}: {problem}" for lang in LANGUAGES if lang != "en"
                    for problem in missing_translations(lang)]
        print("\n".join(problems) if problems else "every catalogue is complete")
        return 1 if problems else 0
    for lang in LANGUAGES:
        if lang != "en":
            update(lang)
            print(po_path(lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
