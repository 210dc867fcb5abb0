import json, re, random, collections, sys
BR = {"Transi":("트랜시",["Metrix","메트릭스","Fareo","페어오"]),
"Tellumo":("텔루모",["Simly","심리","Nexcell","넥셀"]),
"Hommo":("홈모",["Woodlo","우들로","Casara","카사라"]),
"Karvo":("카르보",["Autiva","오티바","Motoro","모토로"]),
"Tixio":("틱시오",["Seatwise","싯와이즈","Passly","패슬리"]),
"Toyvo":("토이보",["Playra","플레이라","Kiddo","키도"]),
"Luvora":("러보라",["Matcha","매치아","Heartly","하틀리"]),
"Mediqo":("메디코",["Doctra","닥트라","Curely","큐얼리"])}
CL = {"c":"complaint","q":"question","p":"praise","n":"news","o":"other"}
RG = {"s":"social","n":"news"}
names = {b:set() for b in BR}
ok = True
for lang in ["en","ko"]:
    rows=[]
    for b in BR:
        for ln,line in enumerate(open(f"src/{lang}_{b}.txt",encoding="utf-8"),1):
            line=line.rstrip("\n")
            parts=line.split("|")
            if len(parts)!=4: print("BAD",lang,b,ln,line); ok=False; continue
            c,r,t,x=parts
            if r=="s" and t: print("title on social",lang,b,ln)
            if r=="n" and not t: print("no title on news",lang,b,ln)
            rows.append(dict(brand=b,register=RG[r],**{"class":CL[c]},title=t.strip(),text=x.strip()))
    random.Random(9 if lang=="en" else 99).shuffle(rows)
    out=[]
    for i,rw in enumerate(rows,1):
        out.append({"id":f"m9-{lang}-{i:03d}",**rw})
    with open(f"{lang}.jsonl","w",encoding="utf-8") as f:
        for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
    # collect names
    for o in out:
        b=o["brand"]; s=o["title"]+" "+o["text"]
        pat = re.compile(r"[@#$]?[A-Za-z]*"+b+r"[A-Za-z]*(?:'s)?", re.I) if lang=="en" else re.compile(BR[b][0]+r"[가-힣]*")
        found = pat.findall(s)
        if lang=="en": found += re.compile(r"[@#][A-Za-z]*"+b+r"[A-Za-z]*",re.I).findall(s)
        else: found += pat.findall(s)
        if not found: print("NO BRAND",o["id"],s); ok=False
        found=[f for f in found if f.lower() not in ("transit","transit's") and "sucks" not in f.lower()]
        if lang=="ko": found=[f for f in found if len(f)<=len(BR[b][0])+2]
        if not found and lang=="ko": found=[BR[b][0]]
        if not found: print("NO BRAND2",o["id"],s); ok=False
        names[b].update(found)
bj={}
for b,(k,comp) in BR.items():
    rest=sorted(names[b]-{b,k}, key=lambda x:(not x.isascii(), x.lower()))
    bj[b]={"names":[b,k]+rest,"competitors":comp}
json.dump(bj,open("brands.json","w",encoding="utf-8"),ensure_ascii=False,indent=1)
print("ok" if ok else "PROBLEMS")
