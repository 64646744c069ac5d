"""Rebuild every site of the held-out corpus: python3 build.py"""
import importlib, shutil, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
MODULES = ["site_formosa", "site_cbgd", "site_fro", "site_amcdg", "site_ural", "site_cihmi", "site_silkroad",
           "site_gncf", "site_horizons", "site_indicfoss", "site_yigf", "site_jaid", "site_sjn", "site_borderlands"]
if __name__ == "__main__":
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for name in os.listdir(root):
        full = os.path.join(root, name)
        if os.path.isdir(full) and not name.startswith(("_", ".")):
            shutil.rmtree(full)
    for m in MODULES:
        mod = importlib.import_module(m)
        print(f"{mod.s.slug}: {len(mod.s.pages)} pages")
