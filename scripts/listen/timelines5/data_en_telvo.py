# English timeline for "Telvo" (UK home broadband / Wi-Fi router provider). Formats: see data_en_dova.py.

STEM = "en-telvo"
LANG = "en"
SEED = 5203
BRAND = "Telvo"
ALIASES = ["Telvo", "텔보"]
COMPETITORS = ["Fibrix", "파이브릭스", "Nettaro", "넷타로"]
OFFICIAL = {"x": "TelvoUK", "fb": "Telvo Broadband"}
SUBREDDITS = ["UKPersonalFinance", "HomeNetworking", "CasualUK", "broadband", "unitedkingdom", "sheffield", "bristol", "Cardiff"]
FILLER_SET = "ISP"
ORD_START = (10, 17, 5)
CRISIS_START = (15, 7, 25)
LONE_DAYS = [1, 3, 5, 7, 13, 20]
LOOK_DAYS = [6, 12]

LONE = """
x|Telvo engineer was due 8-12. it's 3pm. I have now memorised the entire pattern of my living room carpet
tp|Advertised 500Mb, getting 74 on a good day. Telvo support says it's "within tolerance". Whose tolerance?
rd|Telvo Hub 3 drops the 5GHz band every evening around 9 like it's clocking off. Factory reset, firmware update, new cable, nothing works.
x|been on hold with Telvo for 52 minutes. the hold music has a key change now. character development
th|moved house, told telvo six weeks in advance, day 4 with no internet. love that for me
fb|Telvo sent me a "thank you for being a loyal customer" email and a 14% price rise on the same day. Cheers.
"""

BASE = """
x|praise|switched to Telvo full fibre last week and my ping went from 48 to 9. I am a new man
tp|praise|Installer turned up on time, tidied up after himself and explained the Telvo hub to my 80-year-old dad twice without sighing once. Top marks.
rd|praise|Telvo has been rock solid for me for 2 years in Sheffield. Never thought I'd defend an ISP on reddit but here we are
th|praise|telvo wifi reaching the garden office now with the new booster. not bad at all
x|praise|@TelvoUK sorted my line fault in one call. genuinely didn't know that was possible with a broadband company
fb|praise|Thank you Telvo for the free speed upgrade for NHS staff, it's made a real difference doing admin from home after night shifts
x|praise|Telvo's app showing exactly which device is hogging the bandwidth has ended so many arguments in this house (it was my son. it's always my son)
tp|praise|Cheaper than Fibrix and actually faster. Telvo's customer service team in Glasgow were helpful and polite.
ig|praise|home office finally sorted 🖥️✨ telvo fibre + a desk that doesn't wobble. productivity era
x|praise|hate to admit it but Telvo's fault texts are handy, told me about the roadworks cutting our street before I'd even noticed
rd|praise|For anyone in rural Devon: Telvo's fixed wireless is the only thing that's worked for us. 60Mb up a hill full of sheep. I'll take it
th|praise|ok telvo, upload speeds that let me send a video to a client without going to make a sandwich first. respect
x|praise|the bedtime schedule on my Telvo router has done more for this family than any parenting book
fb|praise|Telvo's social tariff at £15 a month has honestly been a lifeline for us this winter.
fb|praise|Our village hall has free Wi-Fi now thanks to a Telvo community grant, so bingo night is going hybrid 🎉
x|question|@TelvoUK does the Hub 3 support WPA3 or do I need the new one
rd|question|Is Telvo 900 worth it over 500 if it's just two of us streaming and a bit of gaming?
x|question|how long does a Telvo number port take, leaving Nettaro and want to keep the landline number
th|question|anyone know if you can put a telvo router in bridge mode, want to use my own mesh
fb|question|Does Telvo do anything for pensioners? My mum pays nearly £50 a month for internet she uses for bingo and facetime
x|question|@TelvoUK what's the actual contract length on the student deal, website says 9 months and the email says 12
rd|question|Telvo engineer left the fibre box on the floor behind the sofa. Can I mount it on the wall myself or does that void something?
x|question|when is Telvo full fibre actually coming to Wrexham, it's been "coming soon" since 2025
th|question|is it normal for the telvo hub light to pulse orange at night or is mine possessed
x|question|can you pause a Telvo contract if you're working abroad for 4 months
rd|question|Telvo vs Fibrix in LS6? Student house, 5 people, lots of Teams calls and one very online gamer
fb|question|Found an old Telvo router when clearing my dad's loft, can it be used with another provider or is it just e-waste?
N|news|Telvo to switch off copper lines in 120 exchanges by 2028 || The broadband provider said customers still on old copper services would be moved to fibre or digital voice at no extra cost.
N|news|Telvo raises prices by inflation plus 3.9% from April || Customers on Telvo broadband and landline contracts will see their monthly bills rise in line with the terms set out when they signed up.
N|news|Telvo tops latest home broadband speed table || Telvo's full-fibre customers recorded the highest average evening download speeds of any major provider, according to a study of 60,000 connections.
x!|news|Planned maintenance: some customers in the North East may notice short drops between midnight and 4am on Thursday night. Thanks for bearing with us - Telvo
N|news|Telvo and Fibrix in talks over shared rural network || The two providers are discussing a joint build in hard-to-reach areas of Wales and Scotland to cut costs and speed up coverage.
N|news|Telvo adds 210,000 broadband customers in a year || The company said growth was driven by its full-fibre rollout and a cheaper social tariff.
fb!|news|New: the Telvo Hub 4 is free for existing customers who've been with us 18 months or more. Check the app to claim yours.
N|news|Telvo fined £1.2m over misleading speed adverts || The regulator said adverts run in 2025 gave customers an unrealistic impression of the speeds they would get at peak times.
x|other|the Telvo van has been parked across my drive for 2 hours doing next door's line. not complaining, just observing the lad is having a lovely lunch
th|other|my wifi is called "TelvoHub_4G7K" and my neighbour's is "FBI Surveillance Van 3". we are not the same
x|other|remember when you had to unplug the phone to get online. now the Telvo box has more lights than my car
rd|other|The Telvo engineer who came round today was a massive Leeds fan and we talked about the 2001 Champions League run for 40 minutes. The line works too
x|other|sat in the Telvo shop waiting for my sister to sign a contract. this is my life now
th|other|the telvo advert with the dancing grandad is living rent free in my head
x|other|cat has decided the Telvo hub is a heated bed. internet speed has not improved
ig|other|sunset from the office window, Telvo cherry picker in shot for authenticity 🌇
x|other|working from the café because my flat's Telvo install isn't till next week and I've become the laptop guy
x|other|had a dream I was a Telvo engineer who had to fix the internet for the whole of Wales. woke up exhausted
x|other|my mum calls the internet "the Telvo". "the Telvo's not working" = she's turned the wifi off on her phone again
"""

ORD = """
rd|Telvo just took £67 instead of £33.50 by direct debit. Looks like the whole February bill went out twice?
tp|Charged twice for February. Telvo says the refund takes up to 10 working days. I'm overdrawn now because of this. Not acceptable.
rd|Same here, Telvo double direct debit, Hub 4 customer in Bristol. Forum mod says it's "a small number of accounts". Doesn't feel small from here
tp|Checked my bank tonight and Telvo have helped themselves to my broadband money twice. Brilliant. Truly outstanding work.
rd|Telvo billing has gone mad tonight, my bill shows the April price rise already applied AND a duplicate payment. Anyone got through on the phone?
tp|Third Telvo billing mistake in a year. This time a duplicate £41 payment. The live chat agent was nice but couldn't do anything.
"""

CRISIS = """
x|question|is Telvo down?? hub light solid red and nothing loads
x|question|Telvo down for anyone else in Leeds? dropped me mid Teams call
rd|complaint|Telvo completely dead in Manchester since 7:25. Hub says connected, nothing resolves. Great start to the week.
x|complaint|#TelvoDown the one morning I have a 9am presentation. of course
th|complaint|telvo's gone. whole street's out. kids already asking if school's cancelled (it isn't, it's the internet)
x|complaint|@TelvoUK service status page just says "checking". checking what. my sanity?
tp|complaint|No internet since 7:30am, no update, helpline says "high call volumes". I work from home and I'm losing a day's pay. Telvo, sort it out.
fb|question|Is anyone else's Telvo broadband down in Cardiff? My husband's home dialysis machine reports over the internet, should I be worried?
x|complaint|tethering off my phone because #TelvoDown and I've got 2GB of data left. send help
th|complaint|nothing like explaining to my boss that I can't join the 10am because telvo decided to take monday off
N|news|Telvo broadband customers hit by nationwide outage || Thousands of Telvo customers across the UK were unable to get online on Monday morning, with problem reports spiking from around 7:30am on outage-tracking websites.
rd|complaint|Not just DNS either, tried 1.1.1.1 and 8.8.8.8 manually and there's no route at all. Telvo's core network is toast.
x|question|when will Telvo be back up, need to know if I should just go into the office
x|complaint|@TelvoUK an hour and a half in. no ETA, no explanation, no internet. what exactly am I paying you for
rd|complaint|Telvo phone support hung up on me twice. The recorded message literally says "for faster help, visit our website". With what, Telvo?
N|news|Telvo says engineers 'working to restore service' after outage || The provider said a network issue was affecting broadband customers in England, Scotland and Wales but gave no timescale for a fix.
ig|complaint|Monday mood: no Telvo, no Netflix, no Spotify, just me and a paperback like it's 1998 📖 #TelvoDown
x|complaint|Telvo's status page is also down. you couldn't make it up
fb|complaint|Small business owner here, our card machine runs through the Telvo line so we're cash only today. Third outage this year. Seriously looking at Fibrix.
th|other|tbf to telvo everyone has outages. annoying but not the end of the world, go for a walk
rd|question|Does Telvo owe compensation for this? I thought automatic compensation only kicks in after two days, not a few hours?
N|news|GP surgeries and schools among those hit by Telvo outage || Several GP practices in the West Midlands said they had switched to phone-only appointments after losing access to online systems.
x|complaint|whole family working, studying and doing GP appointments from home and Telvo picks today to fall over. cheers
x|complaint|thank you Telvo for giving me a reason to actually speak to my family this morning. 10/10, would not recommend
x|other|I know the Telvo engineers are probably working flat out, not having a go at them. an update from head office would be nice though
tp|complaint|Absolutely shocking. Telvo has been down over three hours and their Twitter is posting about the new Hub advert. Read the room.
x|question|do I need to restart my Telvo hub when it comes back or will it reconnect by itself
N|news|Telvo blames faulty network update for broadband outage || In a brief statement late on Monday morning, Telvo said a configuration change to its core network had caused the disruption and that service was gradually being restored.
rd|complaint|Mine's back in Bristol as of about 11:20, speeds normal. Still no word from Telvo on what actually happened
x|complaint|back online 🙏 still no apology from @TelvoUK. noted.
th|question|telvo back for me but wifi calling still dead, anyone else
x|other|the irony of reading about the Telvo outage on my phone at 4G speeds
N|news|MPs demand answers from Telvo over 'unacceptable' outage || The chair of a Commons committee said Telvo must explain how a single software change could cut off customers across the country.
fb|complaint|Full fibre they said. Future-proof they said. Telvo can't even keep the lights on on a Monday.
x|praise|fair play, Telvo support actually rang me back at lunchtime to check my line was working. didn't expect that
x!|news|We're really sorry. This morning a faulty update to part of our network meant many Telvo customers couldn't get online. Service is now restored for almost everyone, and we'll credit affected accounts automatically - no need to contact us.
N|news|Telvo apologises and promises automatic credit after outage || The company said every affected customer would receive a bill credit and that it had paused all network changes pending a review.
x|complaint|"automatic credit" = £1.74 off my bill. Telvo really splashing out
rd|question|Telvo's credit doesn't come close to the day's work I lost. Is there any way to claim more?
"""

FOLLOW = """
16|N|news|Telvo to pay out £4m in credits after Monday outage || The provider said around 2.3 million customers would see a credit on their next bill.
16|x|question|how do I check if the Telvo credit has been applied, app shows nothing yet
16|th|praise|telvo speeds this morning are the best they've been in months. guilt maybe
17|N|news|Regulator asks Telvo for information on nationwide outage || The communications regulator said it had written to Telvo to ask how the fault happened and how quickly customers were told.
17|rd|news|Telvo published its post-incident report: a bad config push to core routers, and the rollback took three hours because their tooling relied on the network that was down.
18|x|question|is Telvo still doing the 3 months free streaming for new customers after this week or did they quietly pull it
18|N|news|Fibrix says switching enquiries up 40% after Telvo outage || Rival provider Fibrix said it had seen a sharp rise in customers asking about moving, although actual switches take several weeks to show up.
19|x|complaint|the Telvo outage credit showed up. £2.11. I've won more on a scratchcard
"""

LOOK = """
ig|Giveaway time 🎁 Win two nights in the Lake District! Follow + tag a friend to enter #hotelvouchers #lakedistrict #weekendaway
x|never buying from hotelvouchersdirect again, they cancelled our booking two days before my mum's birthday and kept the fee
"""
