import sys, yaml, os
sys.path.insert(0, '.')
from check import parse, ROOT
exp = yaml.safe_load(open(os.path.join(ROOT, 'expected.yaml')))
for e in exp['sites']:
    if len(sys.argv) > 1 and e['id'] not in sys.argv[1:]: continue
    print('#########', e['id'])
    for p in e['participation_pages']:
        _, text = parse(os.path.join(ROOT, e['id'], p))
        lines = [l.strip() for l in text.split('\n') if l.strip()]
        print('----', p)
        print('\n'.join(lines))
