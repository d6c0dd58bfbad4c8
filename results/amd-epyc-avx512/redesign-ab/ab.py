# Summarises the A/B runs in this folder: python3 ab.py
import json, os, statistics as st
here = os.path.dirname(os.path.abspath(__file__))
def load(f):
    out = {}
    for b in json.load(open(f)):
        p = b.get('params', {})
        name = b['benchmark'].split('.')[-2]
        key = (name, p.get('schedule','-'), p.get('kernel','-'), p.get('precision'))
        m = b['primaryMetric']
        out[key] = (m['score'], m['scoreError'], m['rawData'][0])
    return out
runs = {j: [load(os.path.join(here, f'{j}-r{r}.json')) for r in (1,2)] for j in ('base-129654e','new-5932d36')}
keys = sorted(runs['base-129654e'][0])
print(f"{'benchmark':58s} {'base ops/s (r1, r2)':>24s} {'new ops/s (r1, r2)':>24s} {'new/base':>9s}")
ratios = []
for k in keys:
    b = [r[k] for r in runs['base-129654e']]; n = [r[k] for r in runs['new-5932d36']]
    bm = st.median([x for r in b for x in r[2]]); nm = st.median([x for r in n for x in r[2]])
    ratio = nm / bm; ratios.append((ratio, k))
    label = ' '.join(x for x in k if x and x != '-')
    print(f"{label:58s} {b[0][0]:9.1f}±{b[0][1]:5.1f} {b[1][0]:7.1f}  {n[0][0]:9.1f}±{n[0][1]:5.1f} {n[1][0]:7.1f}  {ratio:8.2f}x")
print()
print('median ratio', st.median(r for r, _ in ratios), 'min', min(ratios), 'max', max(ratios))
print()
print("normalised by the same run's Arrays.fill roofline (same precision): median over the two rounds")
nr = []
for k in keys:
    if k[0] != 'FillBenchmark' or k[2] != 'vector': continue
    def norm(j):
        vals = []
        for r in runs[j]:
            vals.append(r[k][0] / r[('RooflineBenchmark','-','-',k[3])][0])
        return st.median(vals)
    b, n = norm('base-129654e'), norm('new-5932d36')
    nr.append(n/b)
    print(f"{k[1]:22s} {k[3]:6s} base {b:5.2f}  new {n:5.2f}  new/base {n/b:5.2f}")
print('median', st.median(nr))
