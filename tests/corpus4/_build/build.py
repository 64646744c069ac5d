"""Rebuild every site of the held-out corpus: python3 build.py"""
import importlib, shutil, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
MODULES = ["site_viem", "site_frai", "site_geneve", "site_prdlac", "site_sslc", "site_wisla", "site_medellin",
           "site_lyds", "site_cnba", "site_almaty", "site_xihu", "site_gcpc", "site_drsea", "site_casa"]
if __name__ == "__main__":
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    only = sys.argv[1:]
    for name in os.listdir(root):
        full = os.path.join(root, name)
        if os.path.isdir(full) and not name.startswith(("_", ".")) and not only:
            shutil.rmtree(full)
    for m in MODULES:
        if only and m not in only:
            continue
        if not os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), m + ".py")):
            print(f"({m} not written yet)")
            continue
        mod = importlib.import_module(m)
        print(f"{mod.s.slug}: {len(mod.s.pages)} pages")
