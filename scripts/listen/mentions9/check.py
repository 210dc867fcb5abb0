import re
import json, collections
bj=json.load(open("brands.json",encoding="utf-8"))
allids=set()
for lang in ["en","ko"]:
    L=[json.loads(l) for l in open(f"{lang}.jsonl",encoding="utf-8")]
    print(lang,len(L))
    print(" class",collections.Counter(o["class"] for o in L))
    print(" register",collections.Counter(o["register"] for o in L))
    print(" brand",collections.Counter(o["brand"] for o in L))
    pb=collections.Counter((o["brand"],o["class"]) for o in L)
    print(" per-brand class uniform:", len(set(tuple(pb[(b,c)] for c in ["complaint","question","praise","news","other"]) for b in bj))==1)
    ids=[o["id"] for o in L]; assert len(set(ids))==len(ids); assert not allids&set(ids); allids|=set(ids)
    texts=[o["text"].strip().lower() for o in L]
    d=[t for t,c in collections.Counter(texts).items() if c>1]; print(" dup texts",d)
    for o in L:
        assert set(o)=={"id","brand","register","class","title","text"}
        s=re.sub(r"transit","",(o["title"]+" "+o["text"]).lower())
        assert any(n.lower() in s for n in bj[o["brand"]]["names"][:2]), o
        assert (o["register"]=="social")==(o["title"]=="")
        # no other own-brand mention check: other brands' names
        others=[bb for bb in bj if bb!=o["brand"] and any(n.lower() in s for n in bj[bb]["names"][:2])]
        if others: print(" other brand in",o["id"],others)
print("all checks passed")
