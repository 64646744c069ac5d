"""(tests/heldout-next; copied from the previous held-out set's _build, tests/heldout/_build.)
Rebuild every site of the held-out corpus and write expected.yaml from the labels written next to
each site's pages (the ENTRY of each site_*.py): python3 build.py"""
import importlib, shutil, os, sys
import yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
MODULES = ["site_sfax", "site_irbid", "site_blantyre", "site_suva", "site_lome",
           "site_sherbrooke", "site_nampula", "site_hamamatsu", "site_cochabamba", "site_osh", "site_kaohsiung",
           "site_danang", "site_kutaisi", "site_darkhan"]
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
