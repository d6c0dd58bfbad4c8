#!/usr/bin/env python3
# Writes optax_random_cases.json: random specs of every Optax type and their values from the research
# notes' Python port of Optax (reference.py, run with /work/notes/optax on sys.path), at every phase boundary
# +-2 and past 2^31, 2^53 and at 2^63 - 1. Usage: python3 optax_random_cases_gen.py 15 optax_random_cases.json
import json, random, sys
sys.path.insert(0, "/work/notes/optax")
import reference as R

rnd = random.Random(20240812)
BIG = [2**31 - 1, 2**31, 2**31 + 1, 2**40, 2**53 - 1, 2**53, 2**53 + 1, 2**62]

def num(lo=-2.0, hi=2.0, ints=0.2):
    if rnd.random() < ints:
        return rnd.randint(int(lo * 5), int(hi * 5))
    return round(rnd.uniform(lo, hi), rnd.choice([1, 2, 3, 6, 17]))

def pos(lo=0.0, hi=2.0, ints=0.2):
    if rnd.random() < ints:
        return rnd.randint(max(int(lo), 0), max(int(hi * 3), 1))
    return round(rnd.uniform(lo, hi), rnd.choice([1, 2, 4, 17]))

def steps_len(small=200):
    r = rnd.random()
    if r < 0.7:
        return rnd.randint(1, small)
    if r < 0.85:
        return rnd.randint(1, 10**6)
    return rnd.choice(BIG)

def power():
    return rnd.choice([0, 1, 2, 3, 4, 5, 7, 11]) if rnd.random() < 0.6 else round(rnd.uniform(0, 4), 3)

def sp(name, **kw):
    return R.spec_text(name, kw)

def gen(kind):
    if kind == "constant":
        return sp("optax.constant_schedule", value=num())
    if kind == "polynomial":
        return sp("optax.polynomial_schedule", init_value=num(), end_value=num(), power=power(),
                  transition_steps=rnd.choice([steps_len(), rnd.randint(-3, 0)]) if rnd.random() < 0.1 else steps_len(),
                  transition_begin=rnd.choice([0, rnd.randint(-5, 300), steps_len()]))
    if kind == "linear":
        return sp("optax.linear_schedule", init_value=num(), end_value=num(), transition_steps=steps_len(),
                  transition_begin=rnd.choice([0, rnd.randint(-5, 300)]))
    if kind == "piecewise_constant":
        d = {rnd.choice([rnd.randint(-5, 500), steps_len()]): pos(0, 2.5) for _ in range(rnd.randint(0, 4))}
        return sp("optax.piecewise_constant_schedule", init_value=num(), boundaries_and_scales=d)
    if kind == "piecewise_interpolate":
        ints = rnd.random() < 0.3
        d = {rnd.choice([rnd.randint(-5, 500), steps_len()]): (rnd.randint(0, 5) if ints else pos(0, 2.5))
             for _ in range(rnd.randint(0, 4))}
        return sp("optax.piecewise_interpolate_schedule", interpolate_type=rnd.choice(["linear", "cosine"]),
                  init_value=rnd.randint(-5, 5) if ints else num(), boundaries_and_scales=d)
    if kind == "exponential":
        stair = rnd.random() < 0.5
        T = rnd.choice([1, 2, 3, 7, 10, rnd.randint(1, 1000), steps_len()]) if rnd.random() > 0.05 else rnd.randint(-2, 0)
        rate = pos(0, 1.5, ints=0.05) if rnd.random() > 0.1 else (round(-rnd.uniform(0, 1.2), 3) if (stair or T == 1) else 0)
        end = None if rnd.random() < 0.5 else num(0, 1.5)
        return sp("optax.exponential_decay", init_value=num(), transition_steps=T, decay_rate=rate,
                  transition_begin=rnd.choice([0, rnd.randint(-5, 100)]), staircase=stair, end_value=end)
    if kind == "cosine_decay":
        return sp("optax.cosine_decay_schedule", init_value=num(), decay_steps=steps_len(), alpha=num(-0.5, 1.0),
                  exponent=power())
    if kind == "warmup_constant":
        return sp("optax.warmup_constant_schedule", init_value=num(), peak_value=num(),
                  warmup_steps=rnd.choice([0, steps_len()]))
    if kind == "warmup_cosine":
        W = rnd.choice([0, 1, rnd.randint(1, 300), steps_len()])
        D = W + steps_len()
        return sp("optax.warmup_cosine_decay_schedule", init_value=num(), peak_value=num(), warmup_steps=W,
                  decay_steps=D, end_value=num(), exponent=power())
    if kind == "warmup_exponential":
        stair = rnd.random() < 0.5
        return sp("optax.warmup_exponential_decay_schedule", init_value=num(), peak_value=num(),
                  warmup_steps=rnd.choice([0, rnd.randint(1, 300)]), transition_steps=rnd.choice([1, 2, 5, rnd.randint(1, 500)]),
                  decay_rate=pos(0.01, 1.5, ints=0.0), transition_begin=rnd.choice([0, rnd.randint(-3, 100)]),
                  staircase=stair, end_value=None if rnd.random() < 0.5 else num(0, 1.5))
    if kind == "linear_onecycle":
        return sp("optax.linear_onecycle_schedule", transition_steps=rnd.choice([1, 2, 3, 10, steps_len()]),
                  peak_value=pos(0.001, 2), pct_start=round(rnd.uniform(0, 1), 2), pct_final=round(rnd.uniform(0, 1), 2),
                  div_factor=pos(0.5, 50, ints=0.3), final_div_factor=pos(0.5, 1e4, ints=0.3))
    if kind == "cosine_onecycle":
        return sp("optax.cosine_onecycle_schedule", transition_steps=rnd.choice([1, 2, 3, 10, steps_len()]),
                  peak_value=pos(0.001, 2), pct_start=round(rnd.uniform(0, 1), 2),
                  div_factor=pos(0.5, 50, ints=0.3), final_div_factor=pos(0.5, 1e4, ints=0.3))
    if kind == "sgdr":
        cycles = []
        for _ in range(rnd.randint(1, 3)):
            W = rnd.choice([0, rnd.randint(1, 50)])
            cycles.append(R.Spec("optax.warmup_cosine_decay_schedule", dict(
                init_value=num(), peak_value=num(), warmup_steps=W, decay_steps=W + rnd.randint(1, 400),
                end_value=num(), exponent=power())))
        return sp("optax.sgdr_schedule", cosine_kwargs=cycles)
    if kind == "join":
        parts = [R.parse(gen(rnd.choice(["constant", "linear", "cosine_decay", "polynomial", "piecewise_constant"])))
                 for _ in range(rnd.randint(1, 3))]
        b = sorted(rnd.randint(0, 600) for _ in range(len(parts) - 1))
        return sp("optax.join_schedules", schedules=parts, boundaries=b)
    raise ValueError(kind)

KINDS = ["constant", "polynomial", "linear", "piecewise_constant", "piecewise_interpolate", "exponential",
         "cosine_decay", "warmup_constant", "warmup_cosine", "warmup_exponential", "linear_onecycle",
         "cosine_onecycle", "sgdr", "join"]

def phase_of(sched, s):
    for (a, b, o, prim) in sched.phases():
        if a <= s < b:
            return a, b, prim
    raise AssertionError(s)

def safe_at(sched, s):
    try:
        return sched.at(s)
    except R.NonFinite:
        return None

out = []
per_kind = int(sys.argv[1]) if len(sys.argv) > 1 else 12
for kind in KINDS:
    made = 0
    while made < per_kind:
        text = gen(kind)
        try:
            sched = R.from_text(text)
        except R.SpecError:
            continue
        steps = set()
        for (a, b, o, prim) in sched.phases():
            for s in (a - 2, a - 1, a, a + 1, a + 2, (a + b) // 2, b - 2, b - 1, b, b + 1):
                if 0 <= s <= R.I64MAX:
                    steps.add(s)
            if len(steps) > 60:
                break
        for s in (rnd.randint(0, 5000), rnd.randint(0, 2**40), 2**31 - 1, 2**31, 2**53 + 1, R.I64MAX):
            steps.add(s)
        steps = sorted(steps)[:60]
        expected, bounds = [], []
        for s in steps:
            v = safe_at(sched, s)
            expected.append(v)
            a, b, prim = phase_of(sched, s)
            if prim.transcendental == "none" or v is None:
                bounds.append(0.0)
            else:
                ends = [x for x in (safe_at(sched, a), safe_at(sched, min(b - 1, R.I64MAX))) if x is not None]
                bounds.append(2.0 ** -50 * max([abs(v)] + [abs(x) for x in ends]))
        out.append({"spec": text, "steps": steps, "expected": expected, "bound": bounds})
        made += 1
json.dump(out, open(sys.argv[2], "w"), indent=None, separators=(",", ":"))
print(len(out), sum(len(o["steps"]) for o in out), sum(e is None for o in out for e in o["expected"]))
