"""Rebuild every site of the held-out-next corpus and assemble expected.yaml:  python3 build.py

Each site_*.py writes one site folder and holds that site's hand-written labels (EXPECTED, a YAML
text). expected.yaml = header.yaml + the EXPECTED entries in the order of MODULES."""
import importlib, shutil, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
MODULES = ["site_fgiuy", "site_cedeao", "site_apia", "site_cairo", "site_tbilisi", "site_porto", "site_ottawa",
           "site_lapaz", "site_accra", "site_praia", "site_barcelona", "site_yaounde", "site_singapore",
           "site_bishkek"]
if __name__ == "__main__":
    root = os.path.dirname(HERE)
    for name in os.listdir(root):
        full = os.path.join(root, name)
        if os.path.isdir(full) and not name.startswith(("_", ".")):
            shutil.rmtree(full)
    parts = [open(os.path.join(HERE, "header.yaml"), encoding="utf-8").read().rstrip() + "\n"]
    for m in MODULES:
        if not os.path.exists(os.path.join(HERE, m + ".py")):
            print(f"({m} not written yet)")
            continue
        mod = importlib.import_module(m)
        print(f"{mod.s.slug}: {len(mod.s.pages)} pages")
        parts.append(mod.EXPECTED.strip("\n") + "\n")
    with open(os.path.join(root, "expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(parts))
