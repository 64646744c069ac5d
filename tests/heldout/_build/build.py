"""(tests/heldout-next; copied from the previous held-out set's _build, tests/corpus42/_build.)
Rebuild every site of the held-out corpus and write expected.yaml from the labels written next to
each site's pages (the ENTRY of each site_*.py): python3 build.py"""
import importlib, shutil, os, sys
import yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
MODULES = ["site_alexandria", "site_nablus", "site_kumasi", "site_honiara", "site_parakou",
           "site_pointenoire", "site_lubango", "site_saotome", "site_arequipa", "site_gomel", "site_chengdu",
           "site_makassar", "site_ganja", "site_izmir"]
HERE = os.path.dirname(os.path.abspath(__file__))
if __name__ == "__main__":
    root = os.path.dirname(HERE)
    for name in os.listdir(root):
        full = os.path.join(root, name)
        if os.path.isdir(full) and not name.startswith(("_", ".")):
            shutil.rmtree(full)
    entries = []
    for m in MODULES:
        if not os.path.exists(os.path.join(HERE, m + ".py")):
            print(f"({m} not written yet)")
            continue
        mod = importlib.import_module(m)
        print(f"{mod.s.slug}: {len(mod.s.pages)} pages, {len(mod.ENTRY['participation_pages'])} participation")
        entries.append(mod.ENTRY)
    header = open(os.path.join(HERE, "header.yaml"), encoding="utf-8").read()
    with open(os.path.join(root, "expected.yaml"), "w", encoding="utf-8") as f:
        f.write(header)
        f.write(yaml.safe_dump({"sites": entries}, allow_unicode=True, sort_keys=False, width=110))
