"""Shared constants for the hand-written data files."""

# social hosts
X = "x.com"
TH = "threads.net"
RD = "reddit.com"
IG = "instagram.com"
FB = "facebook.com"
TP = "trustpilot.com"
TT = "tiktok.com"
CAFE = "cafe.naver.com"
BLOG = "blog.naver.com"
DC = "dcinside.com"
QOO = "theqoo.net"
CLIEN = "clien.net"
PPOM = "ppomppu.co.kr"
FM = "fmkorea.com"

SOCIAL = {X, TH, RD, IG, FB, TP, TT, CAFE, BLOG, DC, QOO, CLIEN, PPOM, FM}

# labels
C = "complaint"
Q = "question"
P = "praise"
NW = "news"
O = "other"

# Tuple conventions used by the data files
#   mention, social : (label, source, text)
#   mention, news   : (label, source, title, text)
#   mention, fixed author: (label, source, title, text, author)
#   follow-up       : (day, <mention tuple...>)
#   non-mention     : (source, text) or (source, title, text)
