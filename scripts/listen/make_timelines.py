#!/usr/bin/env python3
"""Generate held-out brand-listening test timelines (JSON Lines) plus expected.json.

Written by a helper session that saw neither the listening code nor its tests, as a held-out
check of the `alerts` example. Writes into DIR (default crates/score/tests/data/timelines,
where the files are kept; `python3 scripts/listen/make_timelines.py [DIR]`):
  en-acme.jsonl, ko-acme.jsonl  (brand "Acme Mobile", a mobile carrier)
  en-nuri.jsonl, ko-nuri.jsonl  (brand "누리식품", a food company)
  expected.json                 (ground truth: phases, windows, mention ids, classes)

Timeline (20 days from 2026-10-01T00:00:00Z, day 0 = Thu 2026-10-01):
  days 0-16 (except the spike days): quiet baseline, 3-7 brand mentions/day + 5-10 unrelated items/day
  day 15 (2026-10-16): ordinary issue, 8-12 complaints 13:00-17:00 UTC from exactly two sources
  day 17 (2026-10-18): crisis, 40-60 overwhelmingly negative mentions from 09:00 over ~6h, >=10 sources
  days 18-19: back toward normal, a few lingering negative mentions

All mention texts are hand-written below. Deterministic: fixed seed, python3 stdlib only.
"""
import datetime as dt
import json
import os
import random
import re
from collections import Counter, OrderedDict

SEED = 20261001
import sys

OUT_DIR = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "crates", "score", "tests", "data", "timelines")
START = dt.datetime(2026, 10, 1, tzinfo=dt.timezone.utc)
DAYS = 20
ORDINARY_DAY = 15
CRISIS_DAY = 17
LINGER_DAYS = (18, 19)

# =====================================================================
# Text banks.  Social categories are plain strings; "news" and
# "crisis_press" are (headline, body) tuples.
#   praise / question / news / other      -> baseline mix
#   minor_complaint                       -> the occasional single complaint on quiet days
#   ordinary                              -> day-15 ordinary issue (one ordinary problem)
#   crisis_social / crisis_press          -> day-17 crisis
#   lingering                             -> days 18-19 leftover negativity
#   competitor                            -> non-brand items about the competitor ("n"=news, "s"=social)
# =====================================================================

EN_ACME = {
    "praise": [
        "Switched to Acme Mobile last month and my bill actually went down. 5G in my apartment is finally usable.",
        "Shoutout to the Acme store on Main St, the guy fixed my eSIM transfer in like 5 minutes",
        "Acme coverage on the mountain trail this weekend was surprisingly solid, had full bars at the summit",
        "Not gonna lie, Acme Mobile customer support chat was quick and actually helpful today",
        "Been with Acme for 6 years now and never had a dropped call on my commute. Underrated carrier.",
        "The new Acme unlimited plan is a steal for families, we saved about $40 a month",
        "Roaming in Japan with Acme Mobile worked instantly, no setup, data was fast everywhere in Tokyo",
        "Acme's speed test numbers downtown are wild right now, pulled 900 Mbps on my lunch break",
        "Props to Acme for crediting my account without me even asking after that short outage last week",
        "My grandma switched to Acme Mobile and the senior plan is honestly perfect for her",
        "Acme Mobile's app redesign is so much cleaner, I can finally find my usage without digging through menus",
        "Concert at the stadium last night and my Acme signal held up the whole time while my friends on Globex had nothing",
        "Ported my number to Acme in under an hour. Easiest carrier switch I've ever done.",
        "Really appreciate that Acme Mobile doesn't throttle hotspot on the mid tier plan, saved my remote work week",
        "Acme rep stayed on the phone with me for 40 minutes sorting out my dad's phone. Genuinely kind person.",
        "Wifi calling on Acme just works now, even in my basement office",
        "Got the free phone upgrade from Acme Mobile and there was zero hidden fee. Pleasantly surprised.",
        "Acme coverage in rural areas has come a long way, I had LTE the entire road trip through the valley",
        "Whoever runs the Acme Mobile social account deserves a raise, they sorted my SIM issue over DM",
        "10/10 would recommend Acme's student plan, cheap and the data is fast on campus",
        "The Acme loyalty discount kicked in this month, nice little surprise on the bill",
        "Had my phone stolen abroad and Acme Mobile blocked the line and shipped a new SIM to my hotel. Lifesavers.",
        "Acme's 5G in the subway tunnels is a game changer, I can stream the whole ride now",
        "Honestly the best thing about Acme Mobile is there's no contract nonsense. Cancel any time, no drama.",
        "Compared Acme and Globex side by side for a week, Acme won on speed in every spot I tested",
        "Acme store staff helped me back up all my photos before trading in my old phone, above and beyond",
        "Kudos to Acme Mobile for the clear itemized bill, first carrier where I understand every line",
    ],
    "question": [
        "Does Acme Mobile support eSIM on the Pixel 9 or do I still need a physical SIM?",
        "Anyone know if Acme's unlimited plan includes hotspot data or is that an add-on?",
        "How long does number porting to Acme usually take? Mine has been pending for 3 hours",
        "Is Acme Mobile coverage decent in the northern suburbs? Thinking about switching from Globex",
        "Can I add a smartwatch line to my Acme plan without paying for a whole new line?",
        "Does anyone know the Acme Mobile customer service number for international roaming questions?",
        "Acme users: does the family plan let each line have a separate bill or is it all one account?",
        "What's the cheapest Acme plan with at least 20GB of data? Their website is kind of confusing",
        "Has anyone used Acme's trade-in program? How much did they give you for an older iPhone?",
        "Is there a way to turn off the Acme Mobile promo texts? I get like three a week",
        "Does Acme Mobile work in Canada without extra charges or do I need a travel pass?",
        "Quick question: does Acme give a military or first responder discount?",
        "Anyone on Acme know if visual voicemail is free or part of a paid tier?",
        "Thinking of getting my teen a line with Acme Mobile, do they have decent parental controls?",
        "Can you keep your Acme number if you move to another country for a year?",
        "Which is better for rural coverage in your experience, Acme or Globex?",
        "Does Acme Mobile charge an activation fee if you bring your own phone?",
        "How do I check my remaining data on Acme without the app? Is there a short code?",
        "Is Acme's 5G home internet available in apartment buildings or only houses?",
        "Does anyone know when Acme Mobile's store at the mall closes on Sundays?",
        "Can I pause my Acme line while I'm overseas for two months instead of cancelling?",
        "Acme question: if I upgrade mid-cycle, do I get charged for both plans that month?",
        "Do Acme prepaid cards work with the regular postpaid app or is it a separate account?",
        "Anyone else on Acme Mobile getting the new RCS messaging feature yet or is it a slow rollout?",
        "What happens to my Acme autopay discount if I switch to paying with a credit card?",
        "Is there an Acme Mobile plan that includes in-flight wifi? Flying a lot this winter",
    ],
    "news": [
        ("Acme Mobile expands 5G standalone network to 40 more cities",
         "Acme Mobile said it has switched on standalone 5G in 40 additional cities, bringing its coverage to roughly 85 percent of the population."),
        ("Acme reports third-quarter revenue in line with forecasts",
         "Acme Mobile posted quarterly revenue of 3.1 trillion won, roughly flat from a year earlier, as subscriber growth offset lower handset sales."),
        ("Acme Mobile names new chief technology officer",
         "The carrier appointed former network engineer Dana Holt as CTO, effective next month, the company said in a regulatory filing."),
        ("Acme and Globex to share rural towers under new agreement",
         "Acme Mobile and rival Globex signed a tower-sharing deal aimed at cutting costs and improving coverage in sparsely populated regions."),
        ("Acme Mobile launches low-cost plan for seniors",
         "The new plan offers 10GB of data and unlimited calls for users aged 65 and over, Acme said in a statement."),
        ("Regulator approves Acme spectrum purchase",
         "The telecom regulator approved Acme Mobile's acquisition of additional 3.5GHz spectrum, clearing the way for faster urban service."),
        ("Acme Mobile to offer satellite texting in remote areas",
         "Acme said it will partner with a satellite operator to allow basic texting in areas without cell coverage starting in 2027."),
        ("Acme shares edge up after analyst upgrade",
         "Shares of Acme Mobile rose 1.8 percent after a brokerage raised its rating to buy, citing steady subscriber additions."),
        ("Acme Mobile opens flagship store in downtown district",
         "The three-story store includes a repair center and a device-testing lounge, the carrier said at the opening ceremony."),
        ("Acme Mobile reaches 12 million subscribers",
         "Acme said its subscriber base passed 12 million at the end of September, driven by demand for family bundles."),
        ("Acme to phase out 3G network by mid-2027",
         "Acme Mobile will shut down its remaining 3G network by June 2027 and offer free replacement phones to affected customers."),
        ("Acme Mobile partners with streaming service for bundled plans",
         "Subscribers on Acme's premium plans will get a streaming subscription at no extra cost starting next month."),
        ("Acme completes network upgrade along coastal highway",
         "Acme Mobile said it finished installing 120 new cell sites along the coastal highway, closing long-standing dead zones."),
        ("Acme Mobile joins industry pledge on spam call blocking",
         "Acme and other carriers agreed to deploy shared call-authentication technology to curb robocalls by early next year."),
        ("Acme Mobile CEO outlines AI customer service plans",
         "Chief executive Marcus Lee said Acme will roll out an AI assistant for billing inquiries while keeping human agents available."),
        ("Acme to hire 500 engineers for network expansion",
         "Acme Mobile said it plans to hire 500 network engineers over the next 18 months as it expands fiber backhaul."),
        ("Acme Mobile tops customer satisfaction survey",
         "Acme ranked first among national carriers in an annual customer satisfaction survey published this week."),
        ("Acme Mobile cuts international roaming rates",
         "Acme lowered daily roaming fees for 60 countries, a move analysts said would pressure rivals including Globex."),
        ("Acme Mobile sets up 6G research testbed with local university",
         "The carrier and the university will test early 6G radio technology at a campus lab over the next two years."),
        ("Acme Mobile announces dividend increase",
         "The board of Acme approved a 5 percent increase in its quarterly dividend, according to a stock exchange filing."),
        ("Acme weighs sale of stake in data center unit",
         "Acme Mobile is in talks to sell a minority stake in its data center subsidiary to an infrastructure fund, people familiar with the matter said."),
        ("Acme Mobile launches eSIM-only plan for travelers",
         "The prepaid plan can be activated entirely online and is aimed at tourists visiting the country for short stays."),
        ("Acme Mobile extends store hours for holiday season",
         "Acme said most of its stores will stay open until 10 p.m. through the end of December."),
        ("Acme Mobile to build solar-powered cell sites",
         "Acme plans to convert 1,000 cell sites to solar power by 2028 as part of its emissions reduction targets."),
        ("Acme Mobile sponsors national esports league",
         "Acme signed a three-year sponsorship deal with the national esports league, the league announced."),
        ("Acme Mobile updates privacy policy ahead of new law",
         "Acme said it revised its privacy policy to comply with data protection rules taking effect in January."),
    ],
    "other": [
        "Walking past the giant Acme Mobile billboard every morning, it's become a landmark at this point",
        "My cousin just started an internship at Acme, he's on the network planning team",
        "The Acme Mobile jingle from the new ad has been stuck in my head all day",
        "Saw an Acme truck installing something on the cell tower behind my building this morning",
        "Acme Mobile store is hiring seasonal staff, posting this for anyone looking for work",
        "Random thought: the Acme logo kind of looks like a mountain from far away",
        "Just paid my Acme bill and my electric bill in the same minute. Adulting.",
        "Met someone at the Acme Mobile booth at the tech fair who used to work with my sister",
        "Filming a video at the Acme flagship store today, the lighting there is great for content",
        "The barista here has an Acme Mobile lanyard, guess they moonlight at the store next door",
        "Acme sponsors my kid's soccer league so now all the jerseys have their logo on the back",
        "Writing a case study on Acme Mobile's rebrand for my marketing class",
        "There's an Acme kiosk in the airport terminal now, first time I've noticed it",
        "Dropped my old phone at the Acme recycling bin on the way to work",
        "Our neighborhood group chat is 50% dog photos and 50% people arguing about Acme vs Globex",
        "My friend who works at Acme brought me a branded tumbler, it's actually pretty nice",
    ],
    "minor_complaint": [
        "Acme signal in the parking garage at work is still nonexistent, have to walk outside for every call",
        "Waited 25 minutes at the Acme Mobile store just to swap a SIM card. Come on.",
        "Acme's app logged me out again and now it wants a verification code that never arrives",
        "Data on Acme Mobile has been crawling around the train station all week",
        "Why does Acme keep sending me upgrade offers for a phone I bought two months ago",
        "Acme Mobile support transferred me three times and I still don't have an answer about my voicemail",
        "My Acme hotspot keeps disconnecting every 10 minutes, it's making remote work painful",
        "Dropped two calls on the highway tonight with Acme, that stretch used to be fine",
        "Acme raised the price of my legacy plan by $3 with barely any notice. Not cool.",
        "The Acme Mobile store staff tried really hard to upsell me insurance I didn't want",
        "Acme texts are arriving out of order again, group chats are chaos",
        "Still can't get visual voicemail working on Acme after the latest update",
        "Acme wifi calling drops every time I move between rooms, super annoying",
    ],
    "ordinary": [
        "Acme Mobile just charged my card twice for this month's bill. Anyone else?",
        "Woke up to two identical Acme autopay charges on my bank statement, $85 each. Seriously?",
        "Acme billed me for an international roaming pass I never bought. Haven't left the country in a year.",
        "My Acme bill this month is double what it should be and the app shows the same line item twice",
        "Third person in my office who got double charged by Acme Mobile today. Something is broken in their billing.",
        "Called Acme about the duplicate charge and got a 90 minute hold time. Clearly I'm not the only one.",
        "Acme Mobile, please fix your billing. Overdraft fee on my account because you took my payment twice.",
        "Acme's billing page says I owe $212 when my plan is $65. What is going on",
        "Got charged a late fee by Acme even though autopay went through on time. Screenshots and all.",
        "Hey Acme Mobile, your billing system charged my whole family plan twice. Refund please.",
        "Acme added a 'device protection' charge to my bill that I never signed up for",
        "PSA: check your Acme statements today, they're double charging people on autopay",
        "Acme Mobile support chat says the double charge will be 'reviewed within 7 to 10 business days'. I need that money now.",
        "Just noticed Acme charged me for two lines when I only have one. This is the second billing mistake this year.",
        "Acme's autopay took $170 instead of $85 and now my rent payment bounced. Absolutely furious.",
        "Anyone else's Acme bill showing a mysterious 'service adjustment' fee today? Mine is $39.",
        "The Acme Mobile app crashed mid-payment and I got billed three times. Three.",
        "Acme billing is a mess today, my mom and I both got charged twice for the same month",
        "Spent my lunch break arguing with Acme about a charge for data overage when I'm on unlimited",
        "Acme Mobile keeps saying the duplicate payment is 'pending' but it's clearly been taken from my account",
        "I have receipts showing Acme charged me twice today. Filing a dispute with my bank.",
        "Acme, your billing glitch cost me an overdraft fee. Who's covering that?",
        "Really disappointed in Acme Mobile today. Double charge, no email, no explanation.",
        "Acme store told me to call support, support told me to go to the store. Meanwhile I'm out $90 from a double charge.",
        "Every Acme customer I know got a wrong bill this cycle. Did someone push a bad update to billing?",
        "The refund Acme promised for my overcharge hasn't shown up and the rep just hung up on me",
        "Acme Mobile charged me the old price after I switched plans, plus the new price. Both. Same day.",
    ],
    "crisis_social": [
        "Acme Mobile leaked my name, address AND ID number and I found out from a news alert, not from them. Unbelievable.",
        "So Acme got hacked and 9 million customer records are on a hacker forum. Where is the apology?",
        "Cancelling my Acme Mobile line today. You can't protect my data, you don't get my money.",
        "Acme knew about the breach for days and said nothing. #BoycottAcme",
        "My SIM info was in the Acme leak. Someone could literally clone my number. I'm terrified.",
        "Acme Mobile's statement about the breach is 3 sentences long and doesn't even say sorry. Disgusting.",
        "Just got a phishing text pretending to be Acme asking me to 'verify my account'. Thanks for leaking my number, Acme.",
        "Acme owes every single customer a real apology and free credit monitoring. Minimum.",
        "Porting out of Acme right now. The line at the Globex store is full of Acme refugees lol",
        "How does a telecom company with 12 million customers store ID numbers unencrypted?? Acme this is criminal",
        "Acme Mobile customer service hold time is 4 hours. They leaked our data and can't even pick up the phone.",
        "I've been with Acme for 10 years. Done. The breach and the silence afterwards is unforgivable.",
        "Acme's CEO needs to resign over this data leak. No excuses.",
        "My bank called about suspicious activity an hour after the Acme breach news broke. Coincidence? I don't think so.",
        "They're telling us to 'stay vigilant'. Acme, YOU were supposed to be vigilant with our data.",
        "Everyone go check if your number is in the Acme leak. Mine is. So is my wife's and my kid's.",
        "Acme Mobile is deleting critical replies under their breach post. Cowards.",
        "Not only did Acme lose our data, the 'check if you're affected' page is down. Incredible incompetence.",
        "Class action against Acme Mobile when? Count me in.",
        "Acme reset my SIM without asking after the breach and now I can't get 2FA codes for my bank. Nightmare.",
        "I want my data deleted from Acme's systems entirely. They clearly can't be trusted with it.",
        "Acme knew about the intrusion since last week according to the report. A WEEK. And they kept selling plans.",
        "Cancelled Acme Mobile and they tried to charge me an early termination fee. After leaking my data. Wow.",
        "The Acme breach is the worst telecom leak I've ever seen. Full names, IDs, addresses, SIM keys. Everything.",
        "My elderly parents are on Acme and have no idea how to protect themselves from this. I'm so angry.",
        "Acme Mobile, where is the apology? Where is the compensation? Where is ANY information?",
        "Someone already tried to port my number away from Acme this morning. The leaked data is being used right now.",
        "Never trusting Acme again. Moving the whole family to Globex this weekend.",
        "Acme's PR team wrote 'a limited number of customers' when it's literally millions. Stop lying.",
        "The fact that Acme stored our passport scans from roaming sign-up and then lost them is insane",
        "Boycott Acme Mobile until they fix this and compensate everyone. Share this.",
        "Acme is offering 'one month free' as compensation for leaking my identity. Is this a joke?",
        "Every Acme store in my city has a line out the door of people trying to swap SIMs. Absolute chaos.",
        "Reporting Acme to the privacy regulator. Everyone affected should do the same.",
        "Acme Mobile's breach FAQ says 'no financial data was affected' but my card on file got used today",
        "My trust in Acme is gone. Ten years of loyalty and this is how they treat us.",
        "Acme turned off comments on their Instagram after the leak. Says everything.",
        "Because of the Acme hack, scammers now have my name, number and home address. Do they understand what they've done?",
        "Spent the whole morning changing passwords because Acme couldn't protect one database. Furious.",
        "Acme Mobile execs sold shares last week? Before the breach was announced? Investigate this.",
        "Acme's apology video is a joke. Reading off a script, no details, no accountability.",
        "Just terminated all four lines on our Acme family plan. Goodbye and good riddance.",
    ],
    "crisis_press": [
        ("Acme Mobile confirms massive customer data breach",
         "Acme Mobile said hackers accessed a database containing personal information of millions of subscribers, including names, phone numbers and identification numbers."),
        ("Hackers post Acme customer records for sale online",
         "A dataset purportedly containing 9 million Acme Mobile customer records appeared on a cybercrime forum, security researchers said."),
        ("Regulator launches probe into Acme Mobile data leak",
         "The personal information protection commission said it has opened an investigation into the Acme breach and will examine whether the carrier violated data protection law."),
        ("Acme Mobile shares fall after breach disclosure",
         "Shares of Acme fell sharply in overseas trading following the company's confirmation of the data breach."),
        ("Acme says SIM authentication keys may have been exposed",
         "Acme Mobile said it could not rule out that SIM authentication data was accessed, raising concerns about possible SIM cloning."),
        ("Customers queue at Acme stores to replace SIM cards",
         "Long lines formed outside Acme Mobile stores in several cities as customers sought to replace SIM cards after the breach."),
        ("Lawmakers demand answers from Acme Mobile over data leak",
         "Members of the parliamentary science committee called on Acme's chief executive to testify about the breach and the delay in notifying customers."),
        ("Acme Mobile delayed breach notification, documents show",
         "Internal documents indicate Acme detected unusual activity on its servers several days before informing customers, according to a report."),
        ("Acme Mobile offers free SIM replacement after hack",
         "Acme said it would replace SIM cards free of charge and enroll affected customers in a protection service at no cost."),
        ("Consumer groups call for Acme boycott",
         "Several consumer advocacy groups urged subscribers to boycott Acme Mobile until it provides full compensation for the breach."),
        ("Acme breach: what customers need to know",
         "Experts advise Acme Mobile customers to set additional account PINs, watch for phishing messages and monitor bank accounts closely."),
        ("Police investigate Acme Mobile hack",
         "The police cyber investigation unit said it is tracking the group believed to be behind the Acme data breach."),
        ("Acme CEO apologizes, says company 'failed' customers",
         "Acme Mobile's chief executive apologized at a press conference but declined to give the exact number of affected users."),
        ("Number porting requests surge after Acme leak",
         "Requests to port numbers out of Acme Mobile jumped more than tenfold, with rival Globex reporting a surge in new sign-ups."),
        ("Acme Mobile's breach response draws criticism",
         "Security experts criticized Acme for vague communication and a crashed lookup page in the hours after the breach was confirmed."),
        ("Phishing texts impersonating Acme spread after data leak",
         "Authorities warned of a wave of phishing messages posing as Acme Mobile and urging recipients to click links to 'verify' accounts."),
        ("Class action lawsuit filed against Acme Mobile",
         "A group of subscribers filed a class action against Acme, alleging negligence in protecting personal information."),
        ("Acme Mobile admits some records were not encrypted",
         "Acme acknowledged that part of the stolen database was stored without encryption, contrary to its own security policy."),
        ("Government orders emergency inspection of carriers after Acme hack",
         "The science ministry ordered emergency security inspections of all mobile carriers following the Acme Mobile breach."),
        ("Acme Mobile breach may be largest in country's telecom history",
         "Analysts said the Acme breach could surpass previous telecom leaks in scale, possibly affecting three-quarters of its subscribers."),
        ("Acme faces potential record fine over breach",
         "Under current law, Acme Mobile could face a fine of up to 3 percent of annual revenue if found negligent, legal experts said."),
        ("Acme Mobile suspends new sign-ups amid breach fallout",
         "Acme said it temporarily halted new subscriptions to focus on SIM replacements for existing customers."),
        ("Banks tighten verification for Acme subscribers",
         "Several banks said they would require additional verification for transactions by customers using Acme Mobile numbers."),
        ("Acme executives' share sales under scrutiny",
         "Regulators are reviewing share sales by two Acme Mobile executives in the days before the breach was disclosed."),
        ("Acme Mobile breach: timeline of events",
         "A look at how the Acme data breach unfolded, from the first signs of intrusion to the company's public confirmation."),
        ("Acme Mobile apology fails to calm customers",
         "Despite a public apology from Acme's chief executive, complaints and cancellation requests continued to climb."),
    ],
    "lingering": [
        "Still waiting on my replacement SIM from Acme, days after the breach. Ridiculous.",
        "Acme Mobile sent a breach apology email today. Too little, too late.",
        "Got another phishing call pretending to be Acme. This leak is the gift that keeps on giving.",
        "Finished porting out of Acme. Globex gave me a better deal anyway.",
        "Acme's 'free protection service' signup page keeps erroring out. Of course it does.",
        "Not over the Acme data leak. Still changing passwords on every account I own.",
        "Acme Mobile still hasn't told me whether MY data was in the breach. How hard is it?",
        "The Acme compensation offer is insulting. One month of service for my whole identity.",
        "My mom got a scam call using her full name and Acme account number. Thanks, Acme.",
        "Another day of the Acme mess and their support line still hangs up after an hour on hold",
        "Acme keeps emailing me upgrade offers while my data is floating around on hacker forums. Read the room.",
        "Waiting for Acme to explain why they sat on the breach for a week. Not letting this go.",
    ],
    "competitor": [
        ("n", "Globex unveils a new unlimited plan with bundled streaming, priced below rivals."),
        ("n", "Globex says a network outage on the east side lasted about 40 minutes before service was restored."),
        ("s", "Globex customer service actually answered in 2 minutes today, shocked"),
        ("n", "Globex switches on 5G in three more provinces."),
        ("s", "Thinking about switching to Globex, anyone have experience with their family plans?"),
        ("n", "Globex reports quarterly profit up 4 percent on higher roaming revenue."),
        ("s", "The Globex ad with the dancing grandpa is weirdly charming"),
        ("s", "My Globex bill went up again, might shop around next month"),
    ],
}

EN_NURI = {
    "praise": [
        "Nuri Foods kimchi dumplings are the only frozen dumplings my kids will eat. Stocking up again.",
        "Tried the new Nuri Foods spicy ramyeon and wow, actual depth of flavor, not just heat",
        "Nuri Foods gochujang is a pantry staple in our house, nothing else comes close",
        "Shoutout to Nuri Foods for the resealable bags on their seaweed snacks. Small thing, big difference.",
        "Made tteokbokki with Nuri Foods rice cakes tonight and they stayed perfectly chewy",
        "The Nuri Foods bulgogi meal kit took 15 minutes and tasted like a restaurant dish",
        "Honestly Nuri Foods has the best frozen mandu in the freezer aisle, crispy every time",
        "Nuri Foods' low-sodium kimchi is a game changer for my dad's diet, and it still tastes great",
        "Picked up Nuri Foods japchae from the frozen section, microwaved it, and it was shockingly good",
        "Love that Nuri Foods lists where their cabbage comes from right on the jar",
        "Nuri Foods customer service replaced a crushed box of noodles with a whole case. Above and beyond.",
        "Blind taste test at our house: Nuri Foods dumplings beat Hanbit Food 4 votes to 1",
        "My go-to late night snack is Nuri Foods cheese ramyeon with an egg. Perfect every time.",
        "Nuri Foods' vegan kimchi finally has the funk I was missing from the other brands",
        "The Nuri Foods pop-up at the farmers market had free samples and the hotteok was amazing",
        "Brought Nuri Foods yakgwa to the office and they disappeared in ten minutes",
        "Been buying Nuri Foods sesame oil for years. Consistent quality, great aroma.",
        "Nuri Foods gochujang chicken sauce saved dinner tonight. Kids asked for seconds.",
        "Impressed that Nuri Foods switched to paper trays for their dumplings. Less plastic, same taste.",
        "Nuri Foods' doenjang is the closest thing to my grandmother's homemade version I've found",
        "The Nuri Foods kimchi fried rice kit is my new lazy-weekend favorite",
        "Nuri Foods instant jjajang noodles are way better than they have any right to be",
        "Finally found Nuri Foods seaweed snacks at my local grocery store, been ordering online for months",
        "Nuri Foods frozen galbi-jjim for a weeknight dinner? Don't judge, it's delicious.",
        "Whoever develops recipes at Nuri Foods deserves a raise, the new mushroom dumplings are incredible",
        "Nuri Foods' honey citron tea got me through this cold snap. So comforting.",
    ],
    "question": [
        "Does anyone know if Nuri Foods dumplings are halal certified?",
        "Are Nuri Foods seaweed snacks gluten-free? The label is only in Korean on my pack.",
        "Where can I buy Nuri Foods gochujang in Toronto? Can't find it anywhere.",
        "Is the Nuri Foods vegan kimchi actually fish-sauce free or just 'vegan style'?",
        "How long do Nuri Foods frozen dumplings last in the freezer once opened?",
        "Has anyone tried the new Nuri Foods tteokbokki cup? Worth buying?",
        "Does Nuri Foods ship internationally or only through Amazon?",
        "Which Nuri Foods ramyeon is the least spicy? Asking for my 6 year old.",
        "Can you air fry Nuri Foods mandu straight from frozen or do they need to thaw?",
        "Is Nuri Foods the same company that makes the yellow-label kimchi at H Mart?",
        "Anyone know if Nuri Foods products contain MSG? My mom is sensitive to it.",
        "Does Nuri Foods do bulk orders for restaurants? Thinking of using their dumplings.",
        "What's the difference between Nuri Foods' regular and premium gochujang? Price is almost double.",
        "Are Nuri Foods rice cakes safe for people with wheat allergies?",
        "Does anyone have the Nuri Foods customer service email? Their website contact form is down.",
        "Is Nuri Foods kimchi pasteurized? I want the live probiotic kind.",
        "How do you get the Nuri Foods japchae to not stick together when reheating?",
        "Any Nuri Foods fans know when the seasonal pumpkin rice cakes come back?",
        "Does Nuri Foods make a kosher line? Saw something about it on their site.",
        "Nuri Foods vs Hanbit Food for frozen dumplings, which do you prefer and why?",
        "Is the Nuri Foods spicy chicken sauce very sweet? Don't love sugary sauces.",
        "Does Costco carry Nuri Foods products anymore? My local one stopped stocking them.",
        "Are Nuri Foods ramyeon noodles fried or air-dried?",
        "Can pregnant women eat Nuri Foods kimchi? It's fermented so I'm not sure.",
        "Has anyone used Nuri Foods doenjang in a non-Korean recipe? Looking for ideas.",
        "Does Nuri Foods have a recycling program for their kimchi jars?",
    ],
    "news": [
        ("Nuri Foods posts record quarterly sales on overseas demand",
         "Nuri Foods said third-quarter sales rose 14 percent from a year earlier, driven by strong demand for frozen dumplings in North America and Europe."),
        ("Nuri Foods to build new kimchi plant in Gwangju",
         "Nuri Foods will invest 80 billion won in a new kimchi factory with annual capacity of 30,000 tons, the company said."),
        ("Nuri Foods launches plant-based dumpling line",
         "The company's new vegan dumplings, made with soy protein and vegetables, will hit supermarket shelves next month."),
        ("Nuri Foods appoints new CEO",
         "Nuri Foods named its head of overseas business, Park Ji-won, as chief executive, effective November 1."),
        ("Nuri Foods partners with US grocery chain",
         "Nuri Foods products will be sold in 1,200 stores of a major US grocery chain starting next year."),
        ("Nuri Foods shares rise after earnings beat",
         "Shares of Nuri Foods climbed 3.2 percent after the company reported operating profit above market expectations."),
        ("Nuri Foods wins sustainability award for packaging",
         "Nuri Foods was recognized for replacing plastic trays with paper-based packaging across its frozen range."),
        ("Nuri Foods and Hanbit Food battle for frozen meal market share",
         "Nuri Foods and rival Hanbit Food are ramping up marketing spending as competition intensifies in the frozen ready-meal segment."),
        ("Nuri Foods raises ramyeon prices by 5 percent",
         "Nuri Foods said it will raise prices of its instant noodles by an average of 5 percent next month, citing higher wheat and palm oil costs."),
        ("Nuri Foods opens R&D center focused on fermentation",
         "The new research center will study lactic acid bacteria in kimchi and other fermented products, Nuri Foods said."),
        ("Nuri Foods to export kimchi to 10 new countries",
         "Nuri Foods said it secured distribution deals in Southeast Asia and the Middle East, expanding its export footprint."),
        ("Nuri Foods signs K-pop group as brand ambassadors",
         "Nuri Foods said the group will appear in global campaigns for its ramyeon and snack products."),
        ("Nuri Foods invests in smart farm startup",
         "Nuri Foods acquired a minority stake in a smart farm startup to secure a stable supply of cabbage and radish."),
        ("Nuri Foods to hire 300 new employees",
         "Nuri Foods plans to hire 300 people for production and research roles by the end of the year."),
        ("Nuri Foods unveils low-sodium product range",
         "Nuri Foods introduced low-sodium versions of its kimchi and soups in line with government health guidelines."),
        ("Nuri Foods holds annual kimchi-making charity event",
         "Nuri Foods employees made 20,000 kilograms of kimchi for low-income households at the annual charity event."),
        ("Nuri Foods considers listing US subsidiary",
         "Nuri Foods is considering a listing of its US subsidiary within two years, according to a regulatory filing."),
        ("Nuri Foods dumpling sales top 100 million packs",
         "Cumulative sales of Nuri Foods' signature dumplings surpassed 100 million packs, the company said."),
        ("Nuri Foods expands halal-certified lineup",
         "Nuri Foods said 25 of its products have received halal certification as it targets Muslim-majority markets."),
        ("Nuri Foods to open flagship cafe in Seoul",
         "The cafe will serve dishes made with Nuri Foods sauces and sell limited-edition products."),
        ("Nuri Foods cuts sugar in snack products",
         "Nuri Foods reduced sugar content in its snack range by an average of 20 percent following consumer feedback."),
        ("Nuri Foods teams up with convenience store chain for ready meals",
         "Nuri Foods will supply lunch boxes to a nationwide convenience store chain under a new partnership."),
        ("Nuri Foods completes acquisition of sauce maker",
         "Nuri Foods finalized the acquisition of a regional sauce maker to strengthen its condiment business."),
        ("Nuri Foods named top employer in food industry",
         "Nuri Foods ranked first among food companies in an annual survey of preferred employers."),
        ("Nuri Foods to introduce QR-based traceability labels",
         "Customers will be able to scan a code to see where ingredients in Nuri Foods products were sourced."),
        ("Nuri Foods adds autumn limited-edition snacks",
         "Nuri Foods released chestnut and sweet potato flavored snacks for the autumn season."),
    ],
    "other": [
        "The Nuri Foods truck parked outside our office smells like someone is making dumplings inside",
        "My roommate got a job in Nuri Foods' marketing department, so our fridge is full of samples now",
        "Saw the Nuri Foods commercial during the game, the jingle is catchy",
        "Cleaning out the pantry and found three jars of Nuri Foods gochujang I forgot I bought",
        "Nuri Foods is sponsoring the food festival downtown this weekend, there's a big tent with their logo",
        "Writing my thesis on how Nuri Foods marketed kimchi to European supermarkets",
        "Grocery haul: eggs, milk, bread, and a box of Nuri Foods dumplings",
        "The Nuri Foods factory tour is on my list for the next time I'm in Korea",
        "There's a Nuri Foods billboard right next to the bus stop, it's basically a giant dumpling",
        "Nuri Foods is hiring food scientists, sharing for my grad school friends",
        "My grandma calls every brand of kimchi 'Nuri Foods' regardless of what's on the label",
        "Our cooking club is doing a Korean night and someone already claimed the Nuri Foods mandu",
        "Reorganized the freezer and it turns out half of it is Nuri Foods products",
        "Walked past the Nuri Foods headquarters today, the building is way bigger than I expected",
        "Photographing Nuri Foods packaging for my design portfolio, their labels are really well done",
        "Group chat is debating Nuri Foods vs Hanbit Food again. Staying out of it this time.",
        "The jar says 누리식품 in big letters and Nuri Foods in tiny print underneath, cute design",
    ],
    "minor_complaint": [
        "Nuri Foods dumpling bag had like 3 broken dumplings out of 20. Come on.",
        "Why did Nuri Foods shrink the ramyeon packs but keep the same price. Shrinkflation is real.",
        "Nuri Foods gochujang jar lid cracked the first time I opened it",
        "The new Nuri Foods spicy sauce is way too sweet, miss the old recipe",
        "Nuri Foods seaweed snacks are 80% air in the bag lately",
        "Ordered from the Nuri Foods online store, delivery took 9 days",
        "Nuri Foods kimchi this batch is way saltier than usual, not a fan",
        "My local store is always out of Nuri Foods rice cakes and nobody knows when they'll restock",
        "Nuri Foods customer service took a week to reply to a simple question",
        "The Nuri Foods price hike on noodles is noticeable. Might switch brands.",
        "Nuri Foods japchae portions are getting smaller every year",
        "Nuri Foods changed the dumpling wrapper and now they fall apart in soup",
        "Tried the Nuri Foods limited edition snack and it tasted like cardboard",
    ],
    "ordinary": [
        "Opened a Nuri Foods seaweed snack pack today and it was completely stale and chewy. Not crispy at all.",
        "Anyone else get a bad batch of Nuri Foods seaweed snacks? Whole 12-pack tastes old.",
        "Nuri Foods seaweed snacks from this week's delivery are soggy and smell off. Lot number ends in 0927.",
        "Bought Nuri Foods seaweed at the supermarket yesterday, every single pack was stale. Returning them.",
        "My kid spat out the Nuri Foods seaweed snack and honestly I don't blame him, it tastes like cardboard",
        "Pretty sure the seal on these Nuri Foods packs is faulty, they're all limp and stale",
        "Nuri Foods, something is wrong with your latest seaweed batch. Third box in a row that's stale.",
        "The Nuri Foods seaweed snacks I bought are way past crispy, feels like they were opened weeks ago",
        "Stale Nuri Foods snacks again. Same lot number as the ones my neighbor complained about.",
        "Paid full price for Nuri Foods seaweed and it's chewy and rancid-tasting. Disappointed.",
        "Anyone else's Nuri Foods seaweed snacks tasting like old oil? Best-before date is months away.",
        "Emailed Nuri Foods about the stale seaweed batch, got an auto-reply. Great.",
        "Whole family noticed the Nuri Foods seaweed tasted off tonight. Checked, same batch everyone is posting about.",
        "Nuri Foods quality control dropped the ball with this seaweed batch, every pack is limp",
        "Bought two boxes of Nuri Foods seaweed for a school event and had to throw them all out. Stale.",
        "Not happy with Nuri Foods right now. Stale snacks and the store won't refund without a receipt.",
        "Nuri Foods seaweed snacks from the 0927 batch are bad, don't buy them until they sort it out",
        "Pretty sure these Nuri Foods packs weren't nitrogen flushed properly, they're stale straight out of the box",
        "Nuri Foods please check your packaging line, the seaweed is stale and some packs have tiny holes",
        "Third complaint in our neighborhood group about stale Nuri Foods seaweed today",
        "Gave my toddler a Nuri Foods seaweed snack and it was so stale she cried. Not ok.",
        "Nuri Foods seaweed used to be my favorite snack. This batch is soggy and bitter.",
        "Just spent 20 minutes on hold with Nuri Foods about stale seaweed. They said 'we'll look into it'.",
        "The Nuri Foods seaweed snacks at my grocery store are all from the bad batch, the shelf is full of them",
        "Nuri Foods, a refund coupon isn't enough when an entire batch of your snacks is stale",
        "Bit into a Nuri Foods seaweed sheet and it bent instead of crunching. Something's wrong with this batch.",
    ],
    "crisis_social": [
        "My son was hospitalized after eating Nuri Foods dumplings at school lunch. I am shaking with anger.",
        "Nuri Foods used EXPIRED meat in their dumplings?? And sold it to schools?? Boycott them now.",
        "#BoycottNuriFoods throwing out every Nuri Foods product in my house tonight",
        "Nuri Foods knew about the contamination and kept shipping. How is that not a crime?",
        "Where is the apology from Nuri Foods? Kids are in the hospital and they're silent.",
        "Never buying Nuri Foods again. Not after this.",
        "Just threw out 4 bags of Nuri Foods dumplings. Feeding my family that stuff is not worth the risk.",
        "The video from inside the Nuri Foods factory is disgusting. Rotten meat on the production line.",
        "Nuri Foods' statement says 'we are investigating'. Investigate what? The footage is right there.",
        "Nuri Foods poisoned schoolchildren and their first move was to delete comments. Shameful.",
        "My whole family got sick last week after Nuri Foods mandu and I thought it was a stomach bug. Now I know.",
        "Nuri Foods CEO needs to come out and apologize in person. A press release isn't enough.",
        "How many more people need to get sick before Nuri Foods recalls everything?",
        "Called the Nuri Foods hotline about a refund and it just rings. No one answers.",
        "Grocery store near me pulled all Nuri Foods products off the shelf this morning. Good.",
        "Nuri Foods sold contaminated kimchi dumplings for WEEKS. I fed those to my toddler.",
        "Stop buying Nuri Foods. They don't care about your health, only profits.",
        "The Nuri Foods scandal is the worst food safety failure I've seen in years. Criminal negligence.",
        "Nuri Foods called it a 'quality deviation'. Children are in the ICU. Use the right words.",
        "Everyone check your freezers for Nuri Foods dumplings and throw them out. Sharing for awareness.",
        "I trusted Nuri Foods for 15 years. I feel sick, literally and figuratively.",
        "Nuri Foods workers say management ignored warnings about the cold storage failing. Unforgivable.",
        "A food company that hides contamination doesn't deserve to exist. Shut Nuri Foods down.",
        "Nuri Foods has comments turned off on Instagram now. Cowards.",
        "My daughter's school served Nuri Foods dumplings. Waiting on her test results now. Furious doesn't cover it.",
        "Our restaurant is dropping Nuri Foods as a supplier effective immediately.",
        "Nuri Foods owes every affected family a real apology, full medical costs, and accountability.",
        "Can't believe I defended Nuri Foods when people said their quality was slipping. Never again.",
        "The Nuri Foods refund process requires the original packaging. We threw it out because it made us SICK.",
        "Dropped Nuri Foods and switched to Hanbit Food dumplings. At least they aren't poisoning kids.",
        "The Nuri Foods salmonella outbreak is spreading to other cities and they still haven't issued a full recall.",
        "Nuri Foods relabeled expired stock with new dates?? This is fraud.",
        "Reported my Nuri Foods food poisoning case to the food safety ministry. Everyone affected should.",
        "The Nuri Foods apology 'to anyone who may have felt discomfort' is an insult to the kids in the hospital",
        "Nuri Foods kimchi, dumplings, noodles, all of it is out of my house. Done.",
        "So Nuri Foods failed an inspection in August and kept running the line? Who signed off on that?",
        "Boycott Nuri Foods until every executive responsible resigns.",
        "Parents in our school group chat are organizing a class action against Nuri Foods",
        "The more that comes out about Nuri Foods the worse it gets. Expired meat, fake dates, ignored warnings.",
        "Nuri Foods shares are tanking and honestly good. Actions have consequences.",
        "My elderly father was hospitalized after eating Nuri Foods dumplings. He's 81. I want answers.",
        "Nuri Foods put profits over children's health. Remember that next time you're in the freezer aisle.",
    ],
    "crisis_press": [
        ("Dozens hospitalized in food poisoning outbreak linked to Nuri Foods dumplings",
         "Health authorities said at least 63 people, most of them schoolchildren, were hospitalized with salmonella infections traced to frozen dumplings made by Nuri Foods."),
        ("Nuri Foods halts production at dumpling plant",
         "Nuri Foods suspended operations at its main dumpling factory after inspectors found contaminated meat in cold storage."),
        ("Food safety ministry orders recall of Nuri Foods frozen products",
         "The ministry ordered a recall of 14 frozen products made by Nuri Foods and urged consumers not to eat them."),
        ("Footage shows spoiled meat at Nuri Foods factory",
         "Video obtained by broadcasters appears to show workers processing discolored meat on a Nuri Foods production line."),
        ("Nuri Foods accused of relabeling expired ingredients",
         "Former employees alleged that Nuri Foods changed expiry labels on raw materials, according to a report published Sunday."),
        ("Nuri Foods shares plunge on contamination scandal",
         "Shares of Nuri Foods fell sharply in off-hours trading as investors reacted to the food poisoning outbreak."),
        ("Schools suspend Nuri Foods products from lunch menus",
         "Education offices in several provinces instructed schools to stop serving Nuri Foods products pending investigation."),
        ("Nuri Foods apologizes for outbreak, promises compensation",
         "Nuri Foods issued an apology and said it would cover medical costs for affected consumers, but did not address the relabeling allegations."),
        ("Police raid Nuri Foods headquarters",
         "Police searched Nuri Foods' headquarters and its dumpling plant as part of an investigation into possible violations of food sanitation law."),
        ("Retailers pull Nuri Foods products from shelves",
         "Major supermarket chains and convenience stores removed Nuri Foods frozen products from their shelves nationwide."),
        ("Nuri Foods failed hygiene inspection in August, records show",
         "Inspection records show that the Nuri Foods dumpling plant received a corrective order in August over cold storage temperature violations."),
        ("Consumer groups call for Nuri Foods boycott",
         "Consumer organizations urged a boycott of Nuri Foods until the company discloses how contaminated products reached the market."),
        ("Lawmakers demand hearing on Nuri Foods scandal",
         "Members of the health committee called for a parliamentary hearing on the Nuri Foods outbreak and oversight of food processors."),
        ("Nuri Foods outbreak: what consumers should know",
         "Authorities advise consumers to check lot numbers on Nuri Foods frozen dumplings and to seek medical attention if symptoms appear."),
        ("Export partners suspend Nuri Foods shipments",
         "Importers in three countries halted Nuri Foods shipments as a precaution following the contamination reports."),
        ("Number of Nuri Foods food poisoning cases rises",
         "The number of suspected cases linked to Nuri Foods products rose to more than 140 across five regions, health officials said."),
        ("Nuri Foods CEO to face questioning",
         "Prosecutors plan to summon the Nuri Foods chief executive over suspicions the company knowingly distributed contaminated goods."),
        ("Hanbit Food sees sales jump as consumers shun Nuri Foods",
         "Rival Hanbit Food reported a sharp increase in frozen dumpling orders following the Nuri Foods scandal."),
        ("Nuri Foods workers say warnings were ignored",
         "Employees told reporters they had repeatedly reported refrigeration failures at the Nuri Foods plant to managers."),
        ("Class action planned against Nuri Foods",
         "A group of parents said they would file a class action lawsuit against Nuri Foods on behalf of affected children."),
        ("Government to tighten inspections after Nuri Foods outbreak",
         "The food safety ministry said it will conduct unannounced inspections of all frozen food manufacturers following the Nuri Foods case."),
        ("Nuri Foods ad campaign suspended amid backlash",
         "Nuri Foods pulled its television advertising and its celebrity ambassadors distanced themselves from the brand."),
        ("Nuri Foods recall expanded to kimchi products",
         "The recall was widened to include two Nuri Foods kimchi products made at the same facility, the ministry said."),
        ("Nuri Foods scandal: timeline of events",
         "From the first hospital admissions to the factory raid, a look at how the Nuri Foods contamination scandal unfolded."),
        ("Experts question Nuri Foods' food safety certification",
         "Food safety experts questioned how the Nuri Foods plant kept its HACCP certification despite prior violations."),
        ("Nuri Foods apology criticized as inadequate",
         "Families of hospitalized children said the written apology from Nuri Foods failed to take responsibility for the outbreak."),
    ],
    "lingering": [
        "Still can't look at a bag of Nuri Foods dumplings without feeling sick",
        "The Nuri Foods refund page finally works but they want photos of packaging we already threw out",
        "My son is out of the hospital. Nuri Foods still hasn't contacted us. Not forgetting this.",
        "Supermarket freezer aisle has a big empty gap where Nuri Foods used to be. Good riddance.",
        "Nuri Foods posted a second apology. Still no word on the fake expiry labels.",
        "Our school switched its supplier away from Nuri Foods. Parents insisted.",
        "Nuri Foods ads popping up on my feed like nothing happened. Read the room.",
        "Still finding Nuri Foods products in the back of my pantry after the news. Tossed.",
        "Nuri Foods is offering discount coupons as compensation. Coupons. For poisoning kids.",
        "Waiting for Nuri Foods to explain who approved shipping contaminated meat. Not letting this go.",
        "Got a robocall from Nuri Foods 'customer care' about the recall. Two days late.",
        "The Nuri Foods boycott is the one thing my entire family group chat agrees on",
    ],
    "competitor": [
        ("n", "Hanbit Food announces a new line of frozen ready meals for single-person households."),
        ("s", "Hanbit Food kimchi was on sale at the supermarket so I stocked up"),
        ("n", "Hanbit Food to build a sauce factory in Vietnam, the company said."),
        ("s", "Anyone tried the Hanbit Food cheese tteokbokki? Looks good in the ads"),
        ("n", "Hanbit Food shares rise after overseas sales jump 11 percent."),
        ("s", "Hanbit Food dumplings are on a buy-one-get-one deal this week fyi"),
        ("n", "Hanbit Food names new head of its export division."),
        ("s", "The Hanbit Food instant soup is fine but way too salty for me"),
    ],
}

KO_ACME = {
    "praise": [
        "에이크미로 번호이동했는데 요금 만원 넘게 줄었음 ㅋㅋ 진작 바꿀걸",
        "지하철에서 에이크미 5G 진짜 잘 터짐.. 유튜브 한 번도 안 끊기고 봄",
        "에이크미 고객센터 상담원분 너무 친절하셔서 감동받음 ㅠㅠ",
        "에이크미 가족결합 할인 받으니까 네 식구 통신비가 확 줄었다",
        "등산 갔는데 정상에서도 에이크미 안테나 풀로 뜨더라 ㅋㅋㅋ 신기",
        "에이크미 매장 직원분이 데이터 옮기는 거 다 도와주심. 완전 친절함",
        "일본 여행 갔는데 에이크미 로밍 켜자마자 바로 됨. 속도도 빠르고 만족",
        "솔직히 에이크미 앱 개편된 거 훨씬 보기 편해졌음 ㅇㅇ",
        "에이크미가 장애 보상이라고 요금 알아서 깎아줬네 ㅋㅋ 이런 건 칭찬해야지",
        "부모님 에이크미 시니어 요금제로 바꿔드렸는데 딱 좋으시대",
        "콘서트장에서 글로벡스 쓰는 친구들은 다 안 터지는데 나만 에이크미라 잘 됨 ㅋㅋㅋ",
        "에이크미 eSIM 개통 10분 만에 끝남. 세상 좋아졌다",
        "에이크미 장기고객 혜택으로 데이터 쿠폰 받음 ㅎㅎ 소소하게 좋네",
        "재택근무하는데 에이크미 테더링 속도 안 떨어져서 너무 좋음",
        "에이크미 쓴 지 8년째인데 통화 끊긴 적 거의 없음. 은근 갓통신사",
        "폰 잃어버렸는데 에이크미에서 바로 분실신고 처리해주고 임대폰까지 챙겨줌 ㅠㅠ 감사합니다",
        "에이크미 학생 요금제 가성비 미쳤다 진짜.. 친구들한테 다 추천함",
        "에이크미 와이파이 콜링 되니까 지하 사무실에서도 통화 잘 됨",
        "Acme 요금 명세서 깔끔해서 좋음. 뭐가 얼마 나가는지 한눈에 보임",
        "시골 할머니 댁에서도 에이크미는 LTE 잘 잡힘. 예전이랑 완전 다름",
        "에이크미 트위터 계정 담당자 일 잘한다 ㅋㅋ DM으로 유심 문제 바로 해결해줌",
        "글로벡스랑 에이크미 일주일 비교해봤는데 속도는 에이크미가 다 이김",
        "에이크미 무약정 요금제 좋다.. 위약금 걱정 없어서 맘 편함",
        "에이크미 멤버십으로 영화 반값에 봤다 ㅋㅋ 혜택 쏠쏠하네",
        "에이크미 매장에서 폰 필름까지 무료로 붙여줌 ㅎㅎ 기분 좋다",
        "출퇴근 버스에서 에이크미 5G 끊김 없이 잘 쓰는 중. 요즘 품질 괜찮네",
    ],
    "question": [
        "에이크미 eSIM 갤럭시 S26에서도 되나요? 아니면 유심 따로 사야 함?",
        "에이크미 무제한 요금제 테더링도 무제한인가요??",
        "글로벡스에서 에이크미로 번호이동하면 보통 얼마나 걸려요?",
        "혹시 에이크미 경기 북부 쪽 커버리지 괜찮은가요? 이사 가는데 고민됨",
        "에이크미 가족결합은 명의 다 달라도 되는 건가요?",
        "에이크미 고객센터 로밍 문의는 몇 번으로 전화해야 돼요?",
        "데이터 20기가 이상인 에이크미 요금제 중에 제일 싼 게 뭐예요? 홈페이지 너무 복잡함 ㅠ",
        "에이크미 중고폰 보상 프로그램 써보신 분? 아이폰 13 얼마 쳐주나요",
        "에이크미 광고 문자 어떻게 끊어요? 일주일에 세 번은 오는 듯",
        "에이크미 로밍 캐나다에서 추가요금 없이 되나요 아님 패스 따로 사야 됨?",
        "에이크미 군인 할인 있나요? 동생 입대해서 알아보는 중",
        "애 첫 폰 에이크미로 해주려는데 유해차단 같은 거 잘 돼있나요?",
        "해외 1년 나가는데 에이크미 번호 유지만 할 수 있나요?",
        "시골 커버리지는 에이크미가 나아요 글로벡스가 나아요? 경험담 좀",
        "자급제폰으로 에이크미 개통하면 개통비 따로 받아요?",
        "앱 없이 에이크미 잔여 데이터 확인하는 방법 있음?",
        "에이크미 5G 홈인터넷 아파트에서도 설치 가능한가요?",
        "에이크미 강남점 일요일에도 문 여나요?",
        "해외 두 달 가는데 에이크미 일시정지 되나요? 해지는 하기 싫어서",
        "월 중간에 에이크미 요금제 바꾸면 요금 일할 계산 되는 거 맞죠?",
        "에이크미 선불폰도 일반 앱에서 관리 가능한가요?",
        "에이크미 스마트워치 요금제는 회선 따로 추가해야 돼요?",
        "자동이체 카드로 바꾸면 에이크미 결합할인 없어지나요?",
        "에이크미 멤버십 등급 언제 갱신되는지 아시는 분?",
        "에이크미 알뜰폰 자회사 요금제도 망 품질 똑같나요?",
        "에이크미에서 글로벡스로 옮기면 위약금 얼마나 나와요? 약정 4개월 남음",
    ],
    "news": [
        ("에이크미, 5G 단독모드 40개 도시로 확대",
         "에이크미가 5G 단독모드(SA) 서비스를 40개 도시로 확대한다고 밝혔다. 이에 따라 인구 대비 커버리지는 약 85%에 이를 전망이다."),
        ("에이크미 3분기 매출 3조1천억원…전년 수준 유지",
         "에이크미는 3분기 매출이 3조1천억원으로 지난해 같은 기간과 비슷한 수준을 기록했다고 공시했다."),
        ("에이크미, 신임 CTO에 네트워크 전문가 선임",
         "에이크미는 네트워크 부문 출신 인사를 신임 최고기술책임자(CTO)로 선임했다고 밝혔다."),
        ("에이크미·글로벡스, 농어촌 기지국 공동 구축 합의",
         "에이크미와 글로벡스가 농어촌 지역 기지국을 공동으로 구축·운영하기로 합의했다."),
        ("에이크미, 65세 이상 전용 실속 요금제 출시",
         "에이크미가 월 데이터 10GB와 무제한 통화를 제공하는 시니어 전용 요금제를 내놨다."),
        ("과기정통부, 에이크미 3.5㎓ 주파수 추가 할당 승인",
         "과학기술정보통신부는 에이크미의 3.5㎓ 대역 추가 주파수 할당을 승인했다고 밝혔다."),
        ("에이크미, 2027년 위성 문자 서비스 도입",
         "에이크미는 위성 사업자와 손잡고 2027년부터 음영 지역에서 문자 서비스를 제공할 계획이라고 밝혔다."),
        ("에이크미 주가, 목표가 상향에 강세",
         "에이크미 주가가 증권사의 투자의견 상향 소식에 1.8% 올랐다."),
        ("에이크미, 강남에 플래그십 매장 열어",
         "에이크미는 수리센터와 체험 공간을 갖춘 3층 규모 플래그십 매장을 열었다고 밝혔다."),
        ("에이크미 가입자 1천200만명 돌파",
         "에이크미는 9월 말 기준 가입자가 1천200만명을 넘어섰다고 밝혔다. 가족결합 상품 수요가 성장을 이끌었다."),
        ("에이크미, 2027년 상반기 3G 서비스 종료",
         "에이크미가 2027년 6월까지 3G 서비스를 종료하고 이용자에게 단말 교체를 지원하기로 했다."),
        ("에이크미, OTT 결합 요금제 선보여",
         "에이크미는 프리미엄 요금제 가입자에게 OTT 구독을 무료로 제공하는 결합 상품을 출시한다고 밝혔다."),
        ("에이크미, 동해안 고속도로 통신 음영지역 해소",
         "에이크미는 동해안 고속도로 구간에 기지국 120개를 새로 구축해 음영지역을 해소했다고 전했다."),
        ("이통사들 스팸 전화 차단 공동 대응…에이크미도 참여",
         "에이크미를 비롯한 이동통신사들이 발신번호 인증 기술을 공동 도입해 스팸 전화 차단에 나선다."),
        ("에이크미 대표 ‘AI 상담 도입하되 상담원 연결 유지’",
         "에이크미 대표는 기자간담회에서 요금 문의에 AI 상담을 도입하되 상담원 연결은 그대로 유지하겠다고 밝혔다."),
        ("에이크미, 네트워크 엔지니어 500명 채용",
         "에이크미는 향후 18개월간 네트워크 엔지니어 500명을 채용할 계획이라고 밝혔다."),
        ("에이크미, 고객만족도 조사 이동통신 부문 1위",
         "에이크미가 올해 고객만족도 조사 이동통신 부문에서 1위를 차지했다."),
        ("에이크미, 60개국 로밍 요금 인하",
         "에이크미는 60개국 데이터 로밍 일일 요금을 인하했다. 업계에서는 글로벡스 등 경쟁사도 대응에 나설 것으로 보고 있다."),
        ("에이크미, 대학과 6G 연구 테스트베드 구축",
         "에이크미는 국내 한 대학과 함께 6G 무선 기술을 시험하는 연구 테스트베드를 구축한다고 밝혔다."),
        ("에이크미, 분기 배당 5% 상향",
         "에이크미 이사회는 분기 배당금을 5% 올리기로 의결했다고 공시했다."),
        ("에이크미, 데이터센터 자회사 지분 매각 추진",
         "에이크미가 데이터센터 자회사 지분 일부를 인프라 펀드에 매각하는 방안을 검토 중인 것으로 전해졌다."),
        ("에이크미, 외국인 관광객 전용 eSIM 요금제 출시",
         "에이크미는 온라인으로 바로 개통할 수 있는 외국인 관광객 전용 선불 eSIM 요금제를 선보였다."),
        ("에이크미, 연말 매장 운영시간 연장",
         "에이크미는 12월 말까지 주요 매장 운영 시간을 오후 10시까지 연장한다고 밝혔다."),
        ("에이크미, 2028년까지 태양광 기지국 1천곳 전환",
         "에이크미가 탄소 감축 목표의 일환으로 기지국 1천곳을 태양광 전력으로 전환한다."),
        ("에이크미, e스포츠 리그와 3년 후원 계약",
         "에이크미는 국내 e스포츠 리그와 3년간의 후원 계약을 맺었다고 밝혔다."),
        ("에이크미, 개인정보 처리방침 개정",
         "에이크미는 내년 1월 시행되는 개정 개인정보보호법에 맞춰 개인정보 처리방침을 바꿨다고 밝혔다."),
    ],
    "other": [
        "출근길마다 보는 에이크미 광고판 이제 거의 랜드마크임 ㅋㅋ",
        "사촌동생이 에이크미 인턴 합격했대. 네트워크 설계팀이라고",
        "에이크미 새 광고 CM송 하루 종일 머리에서 안 떠남 ㅋㅋㅋ",
        "오늘 아침에 에이크미 작업차가 우리 건물 옆 기지국에서 뭐 설치하더라",
        "에이크미 매장에서 연말 단기 알바 구한대. 구직 중인 사람 참고",
        "에이크미 로고 멀리서 보면 산 모양 같지 않음?",
        "에이크미 요금이랑 전기요금 같은 날 빠져나감.. 어른의 삶이란",
        "애 축구클럽 후원사가 에이크미라 유니폼 등에 로고 박혀있음 ㅋㅋ",
        "마케팅 수업 과제로 에이크미 리브랜딩 사례 분석 중",
        "공항에 에이크미 로밍센터 생긴 거 오늘 처음 봄",
        "동네 단톡방 반은 강아지 사진이고 반은 에이크미 vs 글로벡스 논쟁임 ㅋㅋ",
        "에이크미 플래그십 매장 조명 예뻐서 사진 찍으러 갔다옴",
        "출근길에 옛날 폰 에이크미 매장 수거함에 넣고 옴",
        "에이크미 본사 앞 지나가는데 건물 생각보다 크더라",
        "에이크미 다니는 친구가 회사 굿즈 텀블러 줌 ㅎㅎ",
        "카페 옆자리 사람들이 Acme Mobile 이직 얘기 중이라 괜히 귀 기울임",
    ],
    "minor_complaint": [
        "회사 지하주차장에서 에이크미 여전히 안 터짐.. 전화 올 때마다 밖에 나가야 함",
        "에이크미 매장에서 유심 하나 바꾸는데 30분 기다림. 실화냐",
        "에이크미 앱 또 로그아웃됐는데 인증문자가 안 와 ㅡㅡ",
        "요즘 역 근처에서 에이크미 데이터 너무 느림",
        "두 달 전에 산 폰인데 에이크미는 왜 자꾸 기변 권유 문자 보내냐",
        "에이크미 고객센터 세 번 돌려막기 당함. 결국 답 못 들음",
        "에이크미 테더링 10분마다 끊김.. 재택 하는데 미치겠다",
        "고속도로에서 에이크미 통화 두 번이나 끊김. 원래 거기 잘 됐는데",
        "에이크미가 구형 요금제 슬쩍 3천원 올림. 안내도 제대로 안 하고",
        "에이크미 매장 직원이 필요 없는 보험 계속 권함.. 피곤",
        "에이크미 문자 순서 뒤죽박죽으로 옴 ㅋㅋ 단톡 대혼란",
        "업데이트 이후로 에이크미 보이는 ARS 안 됨",
        "에이크미 와이파이 콜링 방 옮길 때마다 끊겨서 짜증남",
    ],
    "ordinary": [
        "에이크미 이번 달 요금 두 번 빠져나갔네요. 저만 그런가요?",
        "아침에 통장 보니까 에이크미 자동이체가 똑같은 금액으로 두 번 출금됨 ㅡㅡ",
        "에이크미에서 쓰지도 않은 로밍 요금 청구됨. 1년 넘게 해외 나간 적 없는데",
        "에이크미 요금 이번 달 두 배 나왔어요. 앱에 같은 항목이 두 줄씩 찍혀있음",
        "회사에서 에이크미 이중청구 당한 사람만 벌써 세 명째.. 결제 시스템 터진 듯",
        "에이크미 고객센터 대기시간 90분이래요 ㅋㅋ 이중결제 때문에 다들 전화하는 듯",
        "에이크미 요금 두 번 빠져서 잔고 부족으로 카드값 연체됨. 진짜 화나네",
        "에이크미 청구서에 21만원 찍혀있음.. 요금제 6만5천원짜리인데 이게 뭔",
        "자동이체 정상으로 나갔는데 에이크미가 연체료까지 붙였네요. 캡처 다 해둠",
        "가족결합 전 회선 에이크미 요금 이중으로 청구됨. 환불 언제 해주냐",
        "가입한 적도 없는 단말보험료가 에이크미 청구서에 붙어 있음",
        "다들 오늘 에이크미 요금 내역 확인해보세요. 자동이체 이중출금 사례 많음",
        "에이크미 채팅상담은 7~10영업일 내 검토한다고만 함.. 당장 돈이 필요한데",
        "회선 하나밖에 없는데 에이크미가 두 회선 요금 청구함. 올해만 두 번째 오류",
        "에이크미 자동이체 8만5천원 대신 17만원 빠짐. 월세 이체 실패함 ㅠㅠ",
        "오늘 에이크미 청구서에 '요금조정'이라는 정체불명 항목 있는 분? 저는 3만9천원",
        "에이크미 앱에서 결제하다 튕겼는데 세 번 결제됨. 세 번이요",
        "엄마랑 나 둘 다 에이크미 요금 이중청구됨 ㅋㅋ 오늘 무슨 일이냐",
        "무제한 요금제인데 에이크미가 데이터 초과요금 부과함. 점심시간 내내 상담함",
        "에이크미는 이중출금 건 '처리 중'이라는데 내 통장에선 이미 빠져나갔다고요",
        "오늘자 에이크미 이중결제 내역 다 캡처했음. 카드사에 이의제기 넣는 중",
        "에이크미 요금 오류 때문에 수수료 물었는데 이건 누가 보상해줌?",
        "에이크미 진짜 실망임. 이중청구에 안내 문자 하나 없음",
        "매장은 고객센터 가라, 고객센터는 매장 가라.. 에이크미 이중결제 9만원 아직 못 받음",
        "주변 에이크미 쓰는 사람들 이번 달 청구서 다 이상함. 결제 시스템 업데이트 잘못한 듯",
        "약속한 에이크미 환불 안 들어왔는데 상담원이 그냥 전화 끊음 ㅡㅡ",
        "요금제 바꿨더니 에이크미가 예전 요금이랑 새 요금 둘 다 청구함. 같은 날에",
    ],
    "crisis_social": [
        "에이크미 개인정보 유출 뉴스 보고 알았음. 회사에서 문자 한 통 없었다고?? 미쳤네",
        "에이크미 해킹으로 900만명 정보가 해커 포럼에 올라왔다는데 사과는 어디 감?",
        "오늘 바로 에이크미 해지함. 내 정보도 못 지키는 회사에 돈 못 줌",
        "#에이크미_불매 유출 알고도 며칠 동안 숨긴 거 실화냐",
        "유심 정보까지 털렸대.. 에이크미 때문에 내 번호 복제될 수도 있다는 거잖아 무서워 죽겠음 ㅠㅠ",
        "에이크미 사과문 세 줄짜리에 죄송하다는 말도 없음 ㅋㅋ 어이없다",
        "방금 에이크미 사칭 문자 옴. '계정 확인하세요' 링크 ㅋㅋ 내 번호 유출해줘서 고맙다 에이크미야",
        "에이크미는 전 고객한테 제대로 사과하고 보상해라. 최소한 그 정도는 해야지",
        "에이크미 해지하러 글로벡스 매장 왔는데 줄 선 사람 다 에이크미 난민임 ㅋㅋㅋ",
        "가입자 1200만인 통신사가 주민번호를 암호화도 안 하고 저장했다고?? 에이크미 이건 범죄다",
        "에이크미 고객센터 대기 4시간.. 정보 유출해놓고 전화도 안 받네",
        "에이크미 10년 썼다. 이번에 끝. 유출도 유출인데 그 뒤 대응이 더 용서가 안 됨",
        "에이크미 대표는 책임지고 물러나라. 변명 듣고 싶지 않음",
        "에이크미 유출 뉴스 뜨고 한 시간 만에 은행에서 이상거래 전화 옴. 우연이겠냐고",
        "'고객님도 주의하세요'래 ㅋㅋ 주의는 에이크미 너네가 했어야지",
        "다들 에이크미 유출 조회 해보셈. 나도 털렸고 와이프랑 애 것도 털림",
        "에이크미 공식 계정 유출 공지 밑에 비판 댓글 다 지우는 중임. 비겁하다 진짜",
        "정보 털린 것도 모자라서 에이크미 유출 조회 페이지가 먹통 ㅋㅋㅋ 총체적 난국",
        "에이크미 집단소송 언제 하냐 나도 낄게",
        "에이크미가 말도 없이 유심 초기화해서 은행 인증문자를 못 받음. 최악이다 진짜",
        "에이크미 서버에서 내 정보 전부 삭제해라. 너네한테 맡길 수가 없음",
        "기사 보니까 에이크미 지난주부터 침입 알고 있었다며? 일주일 동안 요금제 팔고 있었던 거냐",
        "에이크미 해지했더니 위약금 내래 ㅋㅋㅋ 내 정보 유출해놓고? 와 진짜",
        "에이크미 유출 규모 보니 통신사 역대급이네. 이름 주민번호 주소 유심키 전부 다",
        "에이크미 쓰시는 우리 부모님 이런 거 대처도 못 하시는데 진짜 열받는다",
        "에이크미 사과는? 보상은? 하다못해 제대로 된 안내라도 해라",
        "오늘 아침에 누가 내 번호로 에이크미 번호이동 시도했대. 유출 정보 벌써 쓰이는 중",
        "에이크미 다시는 안 씀. 이번 주말에 가족 전부 글로벡스로 옮긴다",
        "에이크미는 '일부 고객'이라는데 수백만 명이 일부냐? 거짓말 그만해",
        "로밍 가입할 때 낸 여권 사본까지 에이크미가 털렸다니 말이 되냐",
        "에이크미 불매합시다. 제대로 보상할 때까지. 공유 부탁",
        "유출 보상이 한 달 요금 면제?? 에이크미 장난하냐 내 신상 값이 그거냐",
        "동네 에이크미 매장마다 유심 바꾸려는 줄이 건물 밖까지 섬. 아수라장",
        "개인정보위에 에이크미 신고 넣었음. 피해자분들 다 신고하세요",
        "에이크미 FAQ엔 '금융정보는 유출 안 됐다'는데 오늘 등록된 카드가 결제됨. 뭐가 맞는 거냐",
        "에이크미에 대한 신뢰 완전히 바닥남. 10년 충성고객한테 이러냐",
        "에이크미 인스타 댓글창 막았네 ㅋㅋ 다 말해주는 거지 뭐",
        "에이크미 털려서 사기꾼들이 내 이름 번호 집주소까지 다 안다는 거잖아. 무섭고 화나고 ㅠㅠ",
        "에이크미가 DB 하나 못 지켜서 오전 내내 비번만 바꾸고 있음. 열받아",
        "에이크미 임원들 유출 발표 전에 주식 팔았다는 얘기 있던데 이거 수사해야 함",
        "Acme Mobile 사과 영상 봤냐 ㅋㅋ 대본 읽기만 하고 책임지는 말은 하나도 없음",
        "에이크미 가족결합 네 회선 전부 해지 완료. 잘 가라",
    ],
    "crisis_press": [
        ("에이크미, 대규모 고객 개인정보 유출 확인",
         "에이크미는 해커가 가입자 수백만명의 이름과 전화번호, 주민등록번호 등이 담긴 데이터베이스에 접근한 사실을 확인했다고 밝혔다."),
        ("‘에이크미 고객 정보 900만건’ 해킹 포럼에 매물로",
         "에이크미 가입자 정보로 추정되는 900만건의 데이터가 해킹 포럼에 판매용으로 올라왔다고 보안업계가 전했다."),
        ("개인정보위, 에이크미 유출 사고 조사 착수",
         "개인정보보호위원회는 에이크미 개인정보 유출 사고에 대한 조사에 착수했으며 법 위반 여부를 살펴볼 방침이라고 밝혔다."),
        ("에이크미 주가 급락 우려…유출 사고 여파",
         "에이크미의 개인정보 유출 사실이 알려지면서 해외 시장에서 거래되는 주식예탁증서(DR) 가격이 큰 폭으로 떨어졌다."),
        ("에이크미 ‘유심 인증키 유출 가능성 배제 못해’",
         "에이크미는 유심 인증 정보가 유출됐을 가능성을 배제할 수 없다고 밝혀 유심 복제 우려가 커지고 있다."),
        ("에이크미 매장마다 유심 교체 행렬",
         "유출 사고 이후 전국 에이크미 매장 앞에는 유심을 교체하려는 고객들로 긴 줄이 늘어섰다."),
        ("국회 과방위 ‘에이크미 대표 출석해 해명하라’",
         "국회 과학기술정보방송통신위원회 소속 의원들은 에이크미 대표가 직접 출석해 유출 경위와 늑장 통지에 대해 해명해야 한다고 촉구했다."),
        ("에이크미, 해킹 인지 후 며칠간 고객 통지 안 해",
         "에이크미가 서버 이상 징후를 포착하고도 며칠 동안 고객에게 알리지 않은 정황이 내부 문서를 통해 드러났다."),
        ("에이크미, 유심 무상 교체·피해 보호 서비스 제공",
         "에이크미는 전 고객을 대상으로 유심을 무상 교체하고 피해 보호 서비스에 무료로 가입시켜 주겠다고 밝혔다."),
        ("소비자단체 ‘에이크미 불매 운동’ 촉구",
         "소비자단체들은 에이크미가 유출 피해에 대한 충분한 보상안을 내놓을 때까지 불매 운동에 나서자고 촉구했다."),
        ("에이크미 정보 유출, 이용자 대처 요령은",
         "전문가들은 에이크미 이용자들에게 추가 비밀번호 설정과 스미싱 문자 주의, 금융 거래 내역 확인을 당부했다."),
        ("경찰, 에이크미 해킹 수사 착수",
         "경찰청 사이버수사과는 에이크미 해킹의 배후로 추정되는 조직을 추적하고 있다고 밝혔다."),
        ("에이크미 대표 고개 숙여 ‘고객께 큰 실망 드려’",
         "에이크미 대표는 기자회견에서 사과했지만 정확한 피해 규모는 밝히지 않았다."),
        ("에이크미 유출 후 번호이동 10배 급증",
         "에이크미에서 다른 통신사로의 번호이동 신청이 평소보다 10배 이상 늘었으며 글로벡스 신규 가입도 크게 증가했다."),
        ("에이크미 늑장·부실 대응 도마 위",
         "보안 전문가들은 유출 사실 확인 후 에이크미의 모호한 공지와 조회 페이지 먹통을 두고 부실 대응이라고 비판했다."),
        ("에이크미 사칭 스미싱 문자 기승",
         "당국은 에이크미를 사칭해 계정 확인을 요구하는 스미싱 문자가 확산하고 있다며 주의를 당부했다."),
        ("에이크미 상대 집단소송 제기",
         "일부 가입자들이 개인정보 보호 의무를 소홀히 했다며 에이크미를 상대로 집단소송을 제기했다."),
        ("에이크미 ‘일부 고객 정보 암호화 안 돼 있었다’ 시인",
         "에이크미는 유출된 데이터베이스 일부가 자체 보안 규정과 달리 암호화되지 않은 상태로 저장돼 있었다고 인정했다."),
        ("정부, 에이크미 사태에 통신사 긴급 보안점검",
         "과학기술정보통신부는 에이크미 해킹 사고를 계기로 전 이동통신사에 대한 긴급 보안 점검에 나선다고 밝혔다."),
        ("에이크미 유출, 통신업계 사상 최대 규모 가능성",
         "업계에서는 이번 에이크미 유출로 가입자의 4분의 3가량이 피해를 봤을 수 있다는 분석이 나온다."),
        ("에이크미, 최대 매출 3% 과징금 가능성",
         "법조계에 따르면 에이크미는 과실이 인정될 경우 연 매출의 최대 3%에 달하는 과징금을 물 수 있다."),
        ("에이크미, 신규 가입 일시 중단…유심 교체 집중",
         "에이크미는 기존 고객 유심 교체에 집중하기 위해 신규 가입을 일시 중단한다고 밝혔다."),
        ("은행권, 에이크미 가입자 본인 인증 강화",
         "일부 시중은행은 에이크미 번호를 사용하는 고객의 금융 거래에 추가 인증 절차를 적용하기로 했다."),
        ("에이크미 임원 유출 공개 전 주식 매도 논란",
         "금융당국은 에이크미 임원 2명이 유출 사실 공개 직전 보유 주식을 매도한 경위를 들여다보고 있다."),
        ("에이크미 사과에도 해지 문의 폭주",
         "에이크미 대표의 공개 사과에도 불구하고 고객 불만과 해지 문의는 계속 늘고 있다."),
        ("[그래픽] 에이크미 개인정보 유출 사고 일지",
         "해킹 징후 포착부터 공식 확인까지 에이크미 개인정보 유출 사고의 경과를 정리했다."),
        ("에이크미 유출에 누리꾼 ‘불매’ 움직임",
         "에이크미 개인정보 유출 소식이 전해지자 누리꾼들 사이에서는 불매 운동을 벌이자는 목소리가 커지고 있다."),
    ],
    "lingering": [
        "에이크미 유심 교체 예약했는데 사흘째 연락 없음.. 장난하나",
        "에이크미 사과 메일 오늘 왔네. 너무 늦었다",
        "또 에이크미 사칭 전화 옴. 유출 후폭풍 끝이 없다",
        "에이크미에서 번호이동 완료. 글로벡스가 조건도 더 좋더라",
        "에이크미 보호서비스 가입 페이지 계속 오류 남 ㅋㅋ 역시나",
        "에이크미 유출 때문에 아직도 사이트마다 비번 바꾸는 중..",
        "에이크미는 아직도 내 정보가 털렸는지 안 털렸는지 안 알려줌. 그게 어렵냐",
        "에이크미 보상안 보고 더 화남. 한 달 요금으로 퉁치려고?",
        "엄마한테 에이크미 계정번호까지 아는 사기 전화 왔대. 고맙다 에이크미",
        "유출 터진 지 며칠인데 에이크미 고객센터는 여전히 한 시간 대기 후 끊김",
        "정보 다 털려놓고 에이크미는 기변 광고 문자 보내네 ㅋㅋ 눈치 좀",
        "에이크미가 왜 일주일이나 유출을 숨겼는지 해명할 때까지 안 잊는다",
    ],
    "competitor": [
        ("n", "글로벡스, OTT 결합 무제한 요금제 출시…경쟁사보다 저렴"),
        ("n", "글로벡스 동부권 통신장애 40분 만에 복구"),
        ("s", "글로벡스 고객센터 오늘 2분 만에 연결됨 ㄷㄷ"),
        ("n", "글로벡스, 5G 3개 도 추가 확대"),
        ("s", "글로벡스로 갈아탈까 하는데 가족결합 어때요?"),
        ("n", "글로벡스 3분기 영업이익 4% 증가…로밍 매출 견인"),
        ("s", "글로벡스 새 광고 할아버지 춤추는 거 은근 중독됨 ㅋㅋ"),
        ("s", "글로벡스 요금 또 올랐네.. 다음 달엔 알아봐야지"),
    ],
}

KO_NURI = {
    "praise": [
        "누리식품 김치만두 진짜 맛있음.. 우리 애가 이것만 먹어 ㅋㅋ",
        "누리 신상 매운 라면 먹어봤는데 그냥 맵기만 한 게 아니라 국물이 깊다",
        "고추장은 무조건 누리식품 거. 다른 건 손이 안 감",
        "누리식품 김스낵 지퍼백 포장 바뀐 거 너무 좋다 ㅎㅎ 눅눅해질 걱정 없음",
        "누리 떡볶이떡으로 해먹었는데 끝까지 쫄깃함. 대박",
        "누리식품 불고기 밀키트 15분 만에 완성인데 맛은 식당급임",
        "냉동만두는 누리식품이 원탑이다 진짜.. 에어프라이어에 돌리면 바삭바삭",
        "아빠 저염식 때문에 누리식품 저염 김치 샀는데 맛도 괜찮아서 다행 ㅠㅠ",
        "누리식품 냉동 잡채 전자레인지 돌렸는데 생각보다 훨씬 맛있음 ㅋㅋ",
        "누리식품은 김치 병에 배추 산지 적어놔서 믿음이 감",
        "라면 박스 찌그러져서 왔다고 했더니 누리식품에서 한 박스 새로 보내줌.. 감동",
        "집에서 블라인드 테스트 했는데 누리식품 만두가 한빛푸드 거 4대1로 이김 ㅋㅋㅋ",
        "야식은 누리 치즈라면에 계란 하나. 이 조합 못 잃어",
        "누리식품 비건 김치 드디어 감칠맛 제대로 남. 채식하는 사람들 강추",
        "주말 장터에 누리식품 팝업 왔는데 호떡 시식 너무 맛있었음 ㅎㅎ",
        "회사에 누리 약과 들고 갔더니 10분 만에 다 사라짐 ㅋㅋ",
        "참기름은 몇 년째 누리식품 것만 씀. 향이 달라",
        "누리식품 고추장 닭갈비 소스 덕분에 저녁 해결. 애들이 더 달래",
        "누리식품이 만두 트레이 종이로 바꿨더라. 플라스틱 줄이고 맛은 그대로라 좋음",
        "누리식품 된장이 우리 할머니 손맛이랑 제일 비슷함 진짜로",
        "누리 김치볶음밥 키트 요즘 주말 최애템",
        "누리식품 짜장라면 기대 안 했는데 의외로 맛집임 ㅋㅋ",
        "동네 마트에 드디어 누리식품 김스낵 들어옴!! 그동안 온라인으로만 샀는데",
        "평일 저녁에 누리식품 냉동 갈비찜 데워 먹음. 뭐라 하지 마 맛있어",
        "누리식품 개발팀 상 줘야 함. 신상 버섯만두 미쳤음",
        "감기 기운 있을 때 누리식품 유자차 한 잔이면 살 것 같음",
    ],
    "question": [
        "누리식품 만두 할랄 인증 받았나요?",
        "누리 김스낵 글루텐 프리인가요? 알러지 있는 친구 줄라고",
        "해외에서 누리식품 고추장 살 수 있는 곳 있을까요? 토론토 사는데 못 찾겠어요",
        "누리식품 비건 김치 진짜 젓갈 안 들어간 거 맞음?",
        "누리 냉동만두 개봉하고 냉동실에 얼마나 보관해도 돼요?",
        "누리식품 떡볶이 컵 새로 나온 거 먹어본 사람? 살 만해?",
        "누리식품 해외 직배송 되나요? 아마존 말고",
        "누리 라면 중에 제일 안 매운 게 뭐예요? 6살 아이 먹이려고요",
        "누리식품 만두 에어프라이어에 냉동 상태로 바로 돌려도 되나요?",
        "누리식품이 마트에서 노란 라벨 김치 만드는 그 회사 맞나요?",
        "누리식품 제품에 MSG 들어가요? 엄마가 예민하셔서",
        "식당에서 누리식품 만두 대량으로 받을 수 있나요? 업소용 문의 어디로 해요?",
        "누리식품 일반 고추장이랑 프리미엄 고추장 차이가 뭐예요? 가격이 두 배 가까이 나네",
        "밀 알러지 있는데 누리 떡볶이떡 먹어도 되나요?",
        "누리식품 고객센터 이메일 아시는 분? 홈페이지 문의 게시판이 안 열려요",
        "누리식품 김치는 살균 제품인가요? 유산균 살아있는 거 찾는 중",
        "누리식품 잡채 데울 때 면 안 뭉치게 하는 법 있나요?",
        "누리에서는 가을 한정 단호박떡 언제 다시 나와요?",
        "누리식품 vs 한빛푸드 냉동만두 뭐가 더 나음? 이유도 좀",
        "누리식품 매운 닭 소스 많이 단가요? 단 거 별로 안 좋아해서",
        "요즘 코스트코에 누리식품 제품 안 들어오나요? 우리 동네 지점엔 없어짐",
        "누리 라면 면은 유탕면이에요 건면이에요?",
        "임산부가 누리식품 김치 먹어도 괜찮을까요? 발효식품이라 좀 걱정돼서",
        "누리식품 된장으로 양식 요리 해보신 분 계세요? 아이디어 구함",
        "누리식품 김치통 재활용 수거 프로그램 같은 거 있나요?",
        "누리식품 공장 견학 아직도 신청 받나요?",
    ],
    "news": [
        ("누리식품, 해외 수요에 3분기 매출 사상 최대",
         "누리식품은 북미와 유럽에서 냉동만두 수요가 늘면서 3분기 매출이 지난해 같은 기간보다 14% 증가했다고 밝혔다."),
        ("누리식품, 광주에 김치 공장 신설…800억 투자",
         "누리식품이 연간 3만t 규모의 김치 생산 공장을 광주에 짓는다고 밝혔다."),
        ("누리식품, 식물성 만두 라인업 출시",
         "누리식품은 콩 단백질과 채소로 만든 비건 만두를 다음 달 출시한다고 밝혔다."),
        ("누리식품 신임 대표에 해외사업 부문장",
         "누리식품은 해외사업 부문장을 신임 대표이사로 선임했다고 공시했다."),
        ("누리식품, 미국 대형 유통체인 입점",
         "누리식품 제품이 내년부터 미국 대형 식료품 체인 1천200개 매장에서 판매된다."),
        ("누리식품 주가, 호실적에 3%대 상승",
         "누리식품 주가가 시장 기대치를 웃도는 영업이익 발표에 3.2% 올랐다."),
        ("누리식품, 친환경 포장으로 지속가능경영 대상",
         "누리식품이 냉동식품 플라스틱 트레이를 종이로 대체한 공로를 인정받아 지속가능경영 대상을 받았다."),
        ("누리식품·한빛푸드, 냉동 간편식 점유율 경쟁 가열",
         "누리식품과 한빛푸드가 냉동 간편식 시장에서 마케팅 비용을 늘리며 경쟁을 벌이고 있다."),
        ("누리식품, 라면 가격 평균 5% 인상",
         "누리식품은 밀가루와 팜유 가격 상승을 이유로 다음 달부터 라면 가격을 평균 5% 올린다고 밝혔다."),
        ("누리식품, 발효 연구 전담 R&D센터 개소",
         "누리식품은 김치 유산균 등 발효식품을 연구하는 R&D센터를 열었다고 밝혔다."),
        ("누리식품, 김치 수출국 10곳 추가",
         "누리식품은 동남아와 중동 지역 유통사와 계약을 맺고 김치 수출국을 늘린다고 밝혔다."),
        ("누리식품, 아이돌 그룹 글로벌 모델 발탁",
         "누리식품은 라면과 스낵 제품 글로벌 캠페인에 아이돌 그룹을 모델로 기용했다."),
        ("누리식품, 스마트팜 스타트업 지분 투자",
         "누리식품이 배추와 무의 안정적인 수급을 위해 스마트팜 스타트업에 지분을 투자했다."),
        ("누리식품, 연말까지 300명 채용",
         "누리식품은 생산과 연구 직군을 중심으로 연말까지 300명을 채용할 계획이라고 밝혔다."),
        ("누리식품, 저염 제품군 선보여",
         "누리식품은 정부 나트륨 저감 권고에 맞춰 김치와 국 제품의 저염 버전을 출시했다."),
        ("누리식품 임직원, 김장 나눔 행사",
         "누리식품 임직원들은 김치 2만㎏을 담가 저소득 가정에 전달했다."),
        ("누리식품, 미국 법인 상장 검토",
         "누리식품이 2년 안에 미국 법인 상장을 검토하고 있는 것으로 공시를 통해 알려졌다."),
        ("누리식품 대표 만두, 누적 판매 1억봉 돌파",
         "누리식품의 대표 만두 제품 누적 판매량이 1억봉을 넘어섰다고 회사 측이 밝혔다."),
        ("누리식품, 할랄 인증 제품 25종으로 확대",
         "누리식품은 제품 25종이 할랄 인증을 받았다며 이슬람권 시장 공략에 속도를 낸다고 밝혔다."),
        ("누리식품, 성수동에 플래그십 카페 연다",
         "누리식품 소스로 만든 메뉴와 한정판 제품을 판매하는 플래그십 카페가 문을 연다."),
        ("누리식품, 스낵 당류 평균 20% 줄여",
         "누리식품은 소비자 의견을 반영해 스낵 제품 당 함량을 평균 20% 낮췄다고 밝혔다."),
        ("누리식품, 편의점과 손잡고 도시락 출시",
         "누리식품은 전국 편의점 체인과 협업해 도시락 제품을 공급한다고 밝혔다."),
        ("누리식품, 지역 소스 업체 인수 완료",
         "누리식품이 소스 사업 강화를 위해 지역 소스 제조업체 인수를 마무리했다."),
        ("누리식품, 식품업계 ‘일하고 싶은 기업’ 1위",
         "누리식품이 구직자 대상 선호 기업 조사에서 식품업계 1위에 올랐다."),
        ("누리식품, QR코드 원산지 이력 표시 도입",
         "소비자는 누리식품 제품의 QR코드를 찍어 원재료 산지를 확인할 수 있게 된다."),
        ("누리식품, 가을 한정 밤·고구마 스낵 출시",
         "누리식품은 가을을 맞아 밤맛과 고구마맛 스낵을 한정 출시했다."),
    ],
    "other": [
        "회사 앞에 누리식품 트럭 서 있는데 만두 냄새 나는 것 같음 ㅋㅋ",
        "룸메가 누리식품 마케팅팀 들어가서 냉장고가 샘플로 꽉 참",
        "야구 중계 중간에 누리식품 광고 나오는데 CM송 중독성 있네",
        "찬장 정리하다가 누리식품 고추장 세 통 발견함.. 언제 샀지",
        "이번 주말 푸드 페스티벌 누리식품이 후원한대. 큰 천막에 로고 박혀있음",
        "졸업논문 주제가 누리식품의 유럽 김치 마케팅 전략임",
        "장보기 목록: 계란, 우유, 식빵, 누리 만두",
        "다음에 한국 가면 누리식품 공장 견학 꼭 가봐야지",
        "버스정류장 옆에 누리식품 광고판 생김. 그냥 거대한 만두임 ㅋㅋ",
        "누리식품 식품연구원 채용 떴네. 대학원 동기들 참고",
        "우리 할머니는 무슨 김치든 다 누리식품 김치라고 부르심 ㅋㅋ",
        "요리 동호회 한식 파티 하는데 누가 벌써 누리식품 만두 담당 찜함",
        "냉동실 정리했는데 반이 누리식품 제품이었음 ㅋㅋㅋ",
        "오늘 누리식품 본사 앞 지나갔는데 건물 엄청 크더라",
        "디자인 포트폴리오용으로 누리식품 패키지 사진 찍는 중. 라벨 디자인 예쁨",
        "단톡방에서 누리식품 vs 한빛푸드 논쟁 또 시작됨. 이번엔 안 낌",
        "미국 마트에서 Nuri Foods 라벨 붙은 만두 봤는데 괜히 반가웠음 ㅋㅋ",
    ],
    "minor_complaint": [
        "누리식품 만두 한 봉지에 터진 게 세 개나 있음.. 좀",
        "누리 라면 양은 줄었는데 가격은 그대로네. 슈링크플레이션 실화",
        "누리식품 고추장 뚜껑 처음 여는데 금 가버림",
        "누리식품 신상 매운 소스 너무 달아. 예전 맛이 그리움",
        "요즘 누리 김스낵 봉지 열면 반이 공기임",
        "누리식품 온라인몰 주문했는데 배송 9일 걸림 ㅡㅡ",
        "이번에 산 누리식품 김치 평소보다 너무 짬",
        "동네 마트에 누리 떡볶이떡 맨날 품절. 언제 들어오는지 아무도 모름",
        "누리식품 고객센터 간단한 문의인데 답장 일주일 걸림",
        "누리식품 라면값 오른 거 체감 확 됨. 갈아탈까 고민",
        "누리식품 잡채 양이 해마다 줄어드는 느낌",
        "누리식품 만두피 바뀌고 나서 국에 넣으면 다 터짐",
        "누리식품 한정판 과자 먹어봤는데 종이 씹는 맛..",
    ],
    "ordinary": [
        "오늘 누리식품 김스낵 뜯었는데 완전 눅눅하고 질겨요. 바삭한 게 하나도 없네요",
        "혹시 누리 김스낵 이번에 산 거 맛 이상한 분 계세요? 12봉 전부 오래된 맛이 나요",
        "이번 주 배송 온 누리식품 김스낵 눅눅하고 냄새도 이상함.. 제조번호 0927로 끝나는 거",
        "어제 마트에서 산 누리식품 김 전부 눅눅해서 반품하러 가요",
        "애가 누리식품 김스낵 먹다가 뱉음 ㅠㅠ 먹어보니 종이 씹는 맛이더라",
        "누리식품 김스낵 포장 밀봉이 제대로 안 된 것 같아요. 전부 흐물흐물",
        "누리식품 이번 김스낵 로트 뭔가 문제 있어요. 세 박스 연속 눅눅함",
        "산 지 얼마 안 됐는데 누리식품 김이 뜯어놓은 지 몇 주 된 것 같은 상태",
        "또 눅눅한 누리식품 김.. 옆집 엄마가 말한 거랑 제조번호 똑같아요",
        "제값 주고 산 누리식품 김스낵인데 질기고 기름 쩐내 나요. 실망",
        "누리식품 김 유통기한 몇 달 남았는데 기름 쩐내 나는 분 계신가요?",
        "누리식품에 눅눅한 김 문의했더니 자동응답만 옴 ㅋㅋ",
        "오늘 저녁 먹다가 가족 다 누리식품 김 맛 이상하다고 함. 확인해보니 다들 올리는 그 로트",
        "누리식품 품질관리 이번 김스낵은 진짜 실수한 듯. 다 눅눅해요",
        "어린이집 행사용으로 누리식품 김스낵 두 박스 샀다가 전부 버림 ㅠㅠ",
        "누리식품 김 눅눅한데 마트는 영수증 없으면 환불 안 해준대요",
        "0927 로트 누리식품 김스낵 사지 마세요. 다 눅눅합니다",
        "누리식품 김스낵 질소 충전이 제대로 안 된 듯.. 뜯자마자 눅눅",
        "누리식품 포장 라인 점검 좀 해주세요. 김이 눅눅하고 봉지에 구멍 난 것도 있어요",
        "오늘만 우리 맘카페에 누리식품 김 눅눅하다는 글 세 개째",
        "아기한테 누리 김스낵 줬는데 너무 눅눅해서 울었어요.. 웃을 일이 아님",
        "원래 누리식품 김스낵 제일 좋아했는데 이번 건 눅눅하고 쓴맛 나요",
        "누리식품 고객센터에 눅눅한 김 때문에 20분 대기했는데 '확인해보겠다'가 끝",
        "동네 마트 누리식품 김스낵 진열대 전부 그 문제 로트더라고요",
        "누리식품, 로트 하나가 통째로 눅눅한데 할인쿠폰으로 끝낼 일은 아니죠",
        "누리식품 김 한 장 먹었는데 바삭 대신 휘어짐.. 이번 생산분 뭔가 잘못됨",
    ],
    "crisis_social": [
        "우리 애 학교 급식에서 누리식품 만두 먹고 입원했어요. 손이 떨려서 글을 못 쓰겠네요",
        "누리식품이 유통기한 지난 고기로 만두 만들었다고?? 그걸 학교에 납품했다고?? 불매합시다",
        "#누리식품_불매 오늘 집에 있는 누리 제품 다 버림",
        "누리식품이 오염된 거 알고도 계속 출고했다는 게 말이 되냐. 이게 범죄 아니면 뭐임",
        "애들이 병원에 누워있는데 누리식품은 사과 한마디 없음",
        "누리식품 다시는 안 산다. 절대로",
        "냉동실에 있던 누리식품 만두 네 봉지 다 갖다 버림. 가족 건강 걸고 도박 못 해",
        "누리식품 공장 내부 영상 봤냐.. 썩은 고기가 그대로 라인에 올라가 있음 토나옴",
        "누리식품 입장문 '조사 중'이래 ㅋㅋ 영상이 다 나와있는데 뭘 조사해",
        "누리식품은 애들 식중독 걸리게 해놓고 댓글부터 지우더라. 부끄러운 줄 알아라",
        "지난주에 누리 만두 먹고 온 가족이 장염 걸렸는데 그냥 장염인 줄 알았음. 이제야 알겠네",
        "누리식품 대표 직접 나와서 사과해라. 보도자료 한 장으로 끝날 일 아님",
        "얼마나 더 아파야 누리식품이 전량 리콜하냐",
        "누리식품 환불 문의 전화했는데 신호만 가고 아무도 안 받음",
        "우리 동네 마트 오늘 아침에 누리식품 제품 전부 뺐더라. 잘했다",
        "몇 주 동안 오염된 만두를 판 거잖아 누리식품.. 그걸 우리 애기한테 먹였는데",
        "누리식품 사지 마세요. 소비자 건강 따위 신경도 안 쓰는 회사임",
        "누리식품 사태 몇 년 만에 본 최악의 식품 사고다. 이건 명백한 과실",
        "아이들이 중환자실에 있는데 누리식품은 '품질 편차'라고 표현함. 단어 똑바로 써라",
        "다들 냉동실 확인하고 누리식품 만두 있으면 버리세요. 공유 부탁드려요",
        "15년 동안 누리식품 믿고 먹었는데 배신감에 속이 메스껍다",
        "누리식품 직원들이 냉동창고 고장 났다고 계속 보고했는데 윗선이 무시했대. 용서 못 함",
        "오염 숨기는 식품회사는 존재할 자격 없음. 누리식품 문 닫아라",
        "누리식품 인스타 댓글 막아놨네 ㅋㅋ 비겁하다",
        "딸 학교에서 누리식품 만두가 급식으로 나왔대요. 검사 결과 기다리는 중인데 너무 화가 나요",
        "우리 가게 오늘부로 누리식품 납품 끊습니다",
        "누리식품은 피해 가족들한테 제대로 사과하고 치료비 전액 책임져라",
        "누리식품 품질 떨어졌다는 말 나올 때 내가 쉴드쳤던 게 후회됨. 다신 안 먹어",
        "누리식품 환불하려면 포장지가 있어야 한대.. 먹고 아파서 다 버렸는데요?",
        "누리식품 끊고 한빛푸드 만두로 갈아탐. 최소한 애들을 아프게 하진 않잖아",
        "누리식품 살모넬라 피해가 다른 지역까지 퍼지는데 아직도 전량 회수 안 함",
        "유통기한 지난 재고에 날짜 새로 찍어서 팔았다고?? 누리식품 이건 사기잖아",
        "식약처에 누리식품 식중독 신고함. 피해 보신 분들 꼭 신고하세요",
        "누리식품 사과문 '불편을 느끼신 분들께' ㅋㅋㅋ 병원에 있는 애들한테 할 소리냐",
        "누리식품 김치, 만두, 라면 전부 집에서 치웠음. 끝",
        "누리식품 8월에 위생점검 걸렸는데도 라인 계속 돌렸다며? 누가 승인한 거야",
        "책임자 전원 물러날 때까지 누리식품 불매",
        "학부모 단톡방에서 누리식품 상대로 집단소송 준비 중이래요",
        "누리식품 관련 기사 나올수록 더 심각해짐. 상한 고기, 날짜 조작, 경고 무시",
        "누리식품 주가 폭락 중인데 솔직히 당연함. 자업자득",
        "81세 아버지가 누리식품 만두 드시고 입원하셨어요. 답을 듣고 싶습니다",
        "누리식품은 애들 건강보다 돈을 택했다. 마트 냉동코너 갈 때마다 기억하자",
    ],
    "crisis_press": [
        ("누리식품 만두 먹고 식중독…학생 등 63명 입원",
         "보건당국은 누리식품이 제조한 냉동만두를 먹은 학생 등 최소 63명이 살모넬라균 감염으로 입원했다고 밝혔다."),
        ("누리식품, 만두 공장 가동 전면 중단",
         "누리식품은 점검 과정에서 냉동창고 내 오염된 원료육이 발견되자 주력 만두 공장 가동을 중단했다."),
        ("식약처, 누리식품 냉동제품 14종 회수 명령",
         "식품의약품안전처는 누리식품 냉동제품 14종에 대해 회수 명령을 내리고 소비자들에게 섭취를 중단할 것을 당부했다."),
        ("누리식품 공장서 변색된 고기 가공 장면 포착",
         "방송사가 입수한 영상에는 누리식품 생산 라인에서 변색된 고기를 가공하는 모습이 담겼다."),
        ("‘누리식품, 유통기한 지난 원료 라벨 바꿔 사용’ 의혹",
         "전직 직원들은 누리식품이 원재료의 유통기한 라벨을 바꿔 붙였다고 주장했다."),
        ("누리식품 주가 급락 우려…식중독 사태 여파",
         "누리식품 식중독 사태가 알려지면서 장외 시장에서 누리식품 관련 종목 매도 주문이 쏟아졌다."),
        ("교육청, 학교 급식서 누리식품 제품 사용 중단",
         "여러 시도교육청은 조사 결과가 나올 때까지 학교 급식에 누리식품 제품을 쓰지 말라고 지시했다."),
        ("누리식품 ‘깊이 사과…치료비 전액 부담’",
         "누리식품은 사과문을 내고 피해자 치료비를 부담하겠다고 밝혔으나 라벨 조작 의혹에 대해서는 언급하지 않았다."),
        ("경찰, 누리식품 본사·공장 압수수색",
         "경찰은 식품위생법 위반 혐의와 관련해 누리식품 본사와 만두 공장을 압수수색했다."),
        ("대형마트·편의점, 누리식품 제품 판매 중단",
         "주요 대형마트와 편의점이 전국 매장에서 누리식품 냉동제품을 일제히 철수했다."),
        ("누리식품 공장, 8월 위생점검서 시정명령 받았다",
         "점검 기록에 따르면 누리식품 만두 공장은 지난 8월 냉동창고 온도 기준 위반으로 시정명령을 받은 것으로 확인됐다."),
        ("소비자단체 ‘누리식품 불매’ 촉구",
         "소비자단체들은 오염 제품 유통 경위가 밝혀질 때까지 누리식품 제품 불매에 나서자고 촉구했다."),
        ("국회 복지위, 누리식품 사태 청문회 요구",
         "국회 보건복지위원회 의원들은 누리식품 식중독 사태와 식품 제조업체 관리 실태에 대한 청문회를 요구했다."),
        ("누리식품 식중독 사태, 소비자 대처법은",
         "당국은 누리식품 냉동만두의 제조번호를 확인하고 증상이 있으면 즉시 병원을 찾을 것을 당부했다."),
        ("해외 수입업체들, 누리식품 제품 선적 중단",
         "3개국 수입업체가 오염 보도 이후 예방 차원에서 누리식품 제품 선적을 중단했다."),
        ("누리식품 관련 식중독 의심 환자 140명 넘어",
         "보건당국은 누리식품 제품과 관련한 식중독 의심 환자가 5개 지역에서 140명을 넘어섰다고 밝혔다."),
        ("검찰, 누리식품 대표 소환 방침",
         "검찰은 누리식품이 오염 사실을 알고도 제품을 유통했는지 확인하기 위해 대표를 소환할 방침이다."),
        ("누리식품 사태에 한빛푸드 만두 주문 급증",
         "경쟁사 한빛푸드는 누리식품 사태 이후 냉동만두 주문이 크게 늘었다고 밝혔다."),
        ("누리식품 직원들 ‘냉동설비 고장 수차례 보고했다’",
         "누리식품 공장 직원들은 냉동설비 고장을 관리자에게 여러 차례 보고했지만 묵살됐다고 말했다."),
        ("학부모들, 누리식품 상대 집단소송 예고",
         "피해 학생 학부모들은 누리식품을 상대로 집단소송을 제기하겠다고 밝혔다."),
        ("정부, 누리식품 사태 계기로 냉동식품업체 불시 점검",
         "식약처는 누리식품 사태를 계기로 전국 냉동식품 제조업체를 대상으로 불시 점검을 실시한다고 밝혔다."),
        ("누리식품 광고 전면 중단…모델들도 거리두기",
         "누리식품은 TV 광고를 모두 중단했으며 광고 모델들도 잇따라 계약 해지 의사를 밝혔다."),
        ("누리식품 회수 대상에 김치 제품도 추가",
         "식약처는 같은 시설에서 생산된 누리식품 김치 제품 2종을 회수 대상에 추가했다고 밝혔다."),
        ("[그래픽] 누리식품 식중독 사태 일지",
         "첫 입원 환자 발생부터 공장 압수수색까지 누리식품 식중독 사태의 경과를 정리했다."),
        ("‘위반 전력 있는데 해썹 유지’…누리식품 인증 관리 도마",
         "전문가들은 과거 위반 전력에도 누리식품 공장이 해썹(HACCP) 인증을 유지한 데 대해 의문을 제기했다."),
        ("피해 가족들 ‘누리식품 사과, 책임 회피에 불과’",
         "입원 아동 가족들은 누리식품의 서면 사과가 책임을 회피하는 내용에 불과하다고 비판했다."),
        ("누리식품 사태에 누리꾼 분노 확산",
         "누리식품 식중독 사태가 알려지자 온라인 커뮤니티와 SNS에서는 누리꾼들의 비판이 잇따랐다. 한 누리꾼은 ‘다시는 사 먹지 않겠다’고 밝혔다."),
    ],
    "lingering": [
        "아직도 누리식품 만두 봉지만 봐도 속이 울렁거림",
        "누리식품 환불 페이지 드디어 열렸는데 포장지 사진을 내래. 이미 다 버렸다고",
        "아들 퇴원했어요. 근데 누리식품에서는 아직 연락 한 통 없네요. 안 잊을 겁니다",
        "마트 냉동코너에 누리식품 자리 텅 비어있음. 속이 다 시원",
        "누리식품 2차 사과문 나왔는데 날짜 조작 얘기는 여전히 없음",
        "학부모들 요청으로 우리 학교 급식 업체 누리식품에서 바꿨대요",
        "피드에 누리식품 광고 아무 일 없던 것처럼 뜨네.. 눈치 좀",
        "찬장 구석에서 누리 제품 또 나옴. 바로 버림",
        "누리식품 보상이 할인쿠폰이래 ㅋㅋ 애들 식중독 걸리게 해놓고 쿠폰?",
        "누가 오염된 고기 출고 승인했는지 누리식품이 밝힐 때까지 안 잊음",
        "누리식품 리콜 안내 전화 이제 옴. 이틀이나 늦게",
        "가족 단톡방에서 유일하게 다 동의하는 게 누리식품 불매임 ㅋㅋ",
    ],
    "competitor": [
        ("n", "한빛푸드, 1인 가구용 냉동 간편식 신제품 출시"),
        ("s", "마트에서 한빛푸드 김치 세일하길래 쟁여옴 ㅎㅎ"),
        ("n", "한빛푸드, 베트남에 소스 공장 짓는다"),
        ("s", "한빛푸드 치즈떡볶이 먹어본 사람? 광고 보니까 맛있어 보이던데"),
        ("n", "한빛푸드 주가, 해외 매출 11% 증가에 상승"),
        ("s", "이번 주 한빛푸드 만두 1+1 행사함 참고"),
        ("n", "한빛푸드, 수출사업부장 신규 선임"),
        ("s", "한빛푸드 즉석국 괜찮은데 나한텐 너무 짬"),
    ],
}

# ---------------------------------------------------------------------
# Background items that do NOT mention either brand ("n" = news-style,
# "s" = social).  Each hand-written entry is used at most once per file;
# the rest of the background comes from small number-filled templates.
# Some Korean entries contain "누리" inside unrelated words (누리꾼 =
# netizen, 누리호 = the Nuri rocket, 온누리상품권, 누리다 = to enjoy);
# they are NOT brand mentions and are listed in expected.json under
# "tricky_non_mention_ids" for the nuri files.
# ---------------------------------------------------------------------
BACKGROUND = {
    "en": [
        ("n", "Heavy rain is expected across the capital region tonight, with temperatures dropping to 9C by morning."),
        ("n", "First frost of the season reported in the northern mountains as a cold front moves in."),
        ("n", "Typhoon warning lifted for the southern coast after the storm weakened overnight."),
        ("s", "Clear skies and 22C forecast for the weekend, perfect hiking weather"),
        ("n", "Fine dust levels are 'bad' in most regions today; officials advise wearing masks outdoors."),
        ("n", "Playoff race tightens as the top three baseball teams all lose on the same night."),
        ("n", "Star striker ruled out for six weeks with a hamstring injury, club confirms."),
        ("n", "National volleyball team advances to the Asian championship semifinal."),
        ("n", "Marathon organizers expect 30,000 runners for the city race next month."),
        ("n", "Parliament passes the revised budget bill after an overnight session."),
        ("n", "Opposition leader calls for an independent inquiry into the housing subsidy program."),
        ("n", "The central bank held its key rate steady, citing uncertainty over global demand."),
        ("n", "Minister says the new rail link to the airport will open ahead of schedule."),
        ("n", "A major chipmaker reported record quarterly profit on strong AI server demand."),
        ("n", "Automaker recalls 120,000 SUVs over a faulty fuel pump."),
        ("n", "Coffee chain raises prices for the second time this year, blaming bean costs."),
        ("n", "Airline adds direct flights to Lisbon starting in the spring."),
        ("n", "Streaming service announces a price hike for its ad-free tier."),
        ("s", "Just finished a 10k run by the river, legs are jelly"),
        ("s", "Anyone have recommendations for a good ramen spot near the station?"),
        ("s", "My cat knocked my coffee off the desk again. Every single morning."),
        ("s", "The sunset over the bridge tonight was unreal"),
        ("s", "Finally finished that 900-page novel. Need a nap."),
        ("n", "Museum extends its impressionist exhibition by two weeks due to high demand."),
        ("n", "City to plant 5,000 trees along the riverside park by next spring."),
        ("s", "Rainy Saturday = board games and takeout. No regrets."),
        ("n", "University entrance exam to be held on November 19, education ministry confirms."),
        ("n", "Apartment prices in the capital rose 0.3 percent last month, the slowest pace this year."),
        ("s", "Anyone else's train delayed this morning? Signal failure again."),
        ("s", "Free outdoor jazz concert in the park this weekend, bring a blanket"),
        ("n", "Power outage hits three districts for about two hours after a transformer fire."),
        ("s", "Bakery on the corner sold out of croissants by 9am. Lesson learned."),
        ("n", "Electric scooter rental company exits the city market, citing regulation."),
        ("n", "New study links regular walking to better sleep in older adults."),
        ("n", "South Korea's Nuri rocket team is preparing for its next launch window, the space agency said."),
        ("s", "Korean corn dogs have taken over the food court at the mall lol"),
        ("n", "Traffic cameras on the coastal road will start issuing fines next month."),
        ("n", "Pharmacy chain to offer free flu shots for seniors starting this week."),
        ("s", "Three weddings in one month. My wallet is crying."),
        ("s", "Does anyone else rewatch the same comfort show every autumn or is it just me"),
        ("n", "Shipbuilder wins a 1.2 trillion won order for LNG carriers."),
        ("n", "Delivery app fined over misleading discount advertising."),
        ("s", "Learned how to make kimchi jjigae from my neighbor today, feeling accomplished"),
        ("n", "Police warn of a rise in voice-phishing calls impersonating prosecutors."),
        ("s", "Leaves are finally turning red in the park, go take a walk this week"),
    ],
    "ko": [
        ("n", "수도권 오늘 밤부터 비…내일 아침 기온 9도까지 떨어져"),
        ("n", "설악산 올가을 첫 서리 관측"),
        ("n", "남해안 태풍특보 해제…밤사이 세력 약화"),
        ("n", "주말 맑고 낮 최고 22도…나들이하기 좋은 날씨"),
        ("n", "오늘 미세먼지 대부분 지역 ‘나쁨’…외출 시 마스크 착용 권고"),
        ("n", "프로야구 가을야구 경쟁 치열…상위 3팀 나란히 패배"),
        ("n", "주전 공격수 햄스트링 부상으로 6주 결장"),
        ("n", "여자배구 대표팀 아시아선수권 4강 진출"),
        ("n", "국회, 밤샘 진통 끝에 추경안 통과"),
        ("n", "야당 대표 ‘주거지원 사업 독립 조사 필요’"),
        ("n", "한은 기준금리 동결…‘글로벌 수요 불확실성’"),
        ("n", "공항철도 신규 노선 예정보다 일찍 개통"),
        ("n", "반도체 업체, AI 서버 수요에 분기 최대 실적"),
        ("n", "완성차 업체, 연료펌프 결함으로 SUV 12만대 리콜"),
        ("n", "커피 프랜차이즈 올해 두 번째 가격 인상"),
        ("s", "한강에서 10km 뛰고 옴.. 다리 후들후들 ㅋㅋ"),
        ("s", "역 근처 라멘 맛집 추천 좀 해주세요"),
        ("s", "고양이가 오늘도 커피 엎음. 매일 아침 루틴임 ㅠㅠ"),
        ("s", "오늘 다리 위 노을 미쳤다 진짜"),
        ("s", "900쪽짜리 소설 드디어 다 읽음. 낮잠 자야겠다"),
        ("n", "경부고속도로 차로 통제로 12km 정체"),
        ("n", "미술관 인상파 전시 2주 연장"),
        ("s", "비 오는 토요일엔 보드게임이랑 배달음식이지 ㅋㅋ"),
        ("n", "올해 수능 11월 19일 시행…교육부 확정"),
        ("n", "서울 아파트값 0.3% 올라…올해 들어 가장 작은 상승폭"),
        ("s", "오늘 아침 지하철 또 신호장애로 지연됨 ㅡㅡ"),
        ("s", "이번 주말 공원에서 무료 야외 재즈 공연 한대요"),
        ("n", "변압기 화재로 3개 구 2시간 정전"),
        ("s", "동네 빵집 크루아상 9시에 벌써 품절.. 교훈 얻음"),
        ("n", "전동킥보드 공유업체, 규제 이유로 서울 철수"),
        ("n", "꾸준한 걷기, 노년층 수면 질 개선에 도움"),
        ("n", "누리호 5차 발사 준비 순항…항우연 ‘내년 발사 목표’"),
        ("n", "온누리상품권 10% 할인 판매 이달 말까지 연장"),
        ("n", "연예인 열애설에 누리꾼 갑론을박"),
        ("n", "‘가을 정취 누리세요’…전국 단풍 명소 이번 주 절정"),
        ("s", "한 누리꾼이 올린 길고양이 구조 영상 보고 아침부터 울었음 ㅠㅠ"),
        ("n", "약국 체인, 이번 주부터 어르신 독감 무료 접종"),
        ("s", "회사 근처에 붕어빵 트럭 생겨서 행복함 ㅎㅎ"),
        ("n", "해안도로 과속 단속 카메라 다음 달부터 운영"),
        ("n", "항공사, 내년 봄부터 리스본 직항 신설"),
        ("n", "스트리밍 서비스 광고 없는 요금제 가격 인상"),
        ("s", "이번 달 결혼식만 세 번.. 통장 텅장"),
        ("n", "조선업체, LNG 운반선 1조2천억원 수주"),
        ("n", "배달앱, 할인 과장 광고로 과징금"),
        ("s", "옆집 할머니한테 김치찌개 끓이는 법 배웠다 뿌듯"),
    ],
}

# --- number-filled background templates (non-brand) --------------------
EN_CITIES = ["Seoul", "Busan", "Incheon", "Daegu", "Gwangju", "Daejeon", "Ulsan", "Suwon", "Jeju"]
EN_CONDS = ["mostly sunny", "cloudy with light showers", "clear and breezy", "overcast", "scattered showers", "windy and cool", "foggy in the morning, sunny later"]
EN_TEAMS = ["Harbor City FC", "Seoul Comets", "Busan Mariners", "Daejeon Owls", "Gwangju Foxes", "Incheon Waves", "Ulsan Hawks", "Suwon Rangers"]
EN_TAILS = ["to move into second place.", "in front of a sold-out crowd.", "despite going a man down before halftime.",
            "to end a five-game losing streak.", "thanks to a late penalty.", "in a rain-soaked match."]
EN_ROADS = ["Gyeongbu Expressway", "Olympic Boulevard", "inner ring road", "coastal highway", "airport expressway", "Route 46"]
EN_REASONS = ["a multi-car collision", "lane repairs", "a broken-down truck", "a fallen sign", "heavy rain"]
EN_FOODS = ["Kimbap", "Bibimbap", "Tteokbokki", "Cup noodles", "A salad", "Sandwiches", "Pho"]
EN_SKILLS = ["guitar", "Spanish", "watercolor", "the piano", "knitting", "Python"]
EN_MOODS = ["Slow progress but I'm having fun.", "My fingers hurt.", "Starting to get the hang of it.", "Why did I think this would be easy"]

KO_CITIES = ["서울", "부산", "인천", "대구", "광주", "대전", "울산", "수원", "제주"]
KO_CONDS = ["대체로 맑음", "흐리고 가끔 비", "맑고 바람 강함", "구름 많음", "곳곳에 소나기", "아침 안개 후 맑음", "쌀쌀하고 흐림"]
KO_TEAMS = ["하버시티FC", "서울 코메츠", "부산 마리너스", "대전 아울스", "광주 폭스", "인천 웨이브스", "울산 호크스", "수원 레인저스"]
KO_TAILS = ["2위로 도약", "5연패 탈출", "홈 관중 앞 완승", "수적 열세 딛고 승리", "막판 페널티킥 결승골", "빗속 혈투 끝 승리"]
KO_ROADS = ["경부고속도로", "올림픽대로", "내부순환로", "해안도로", "공항고속도로", "강변북로"]
KO_REASONS = ["다중 추돌사고", "차로 보수공사", "고장 화물차", "낙하물", "폭우"]
KO_FOODS = ["김밥", "비빔밥", "떡볶이", "컵라면", "샐러드", "샌드위치", "쌀국수"]
KO_SKILLS = ["기타", "스페인어", "수채화", "피아노", "뜨개질", "파이썬"]
KO_MOODS = ["느리지만 재밌음", "손가락 아픔 ㅠㅠ", "이제 좀 감 잡힘", "생각보다 어렵다 ㅋㅋ"]


def bg_template(r, lang, k):
    if lang == "en":
        if k == 0:
            lo = r.randint(2, 14)
            return "n", f"{r.choice(EN_CITIES)} weather: {r.choice(EN_CONDS)}, high of {lo + r.randint(6, 11)}C and low of {lo}C."
        if k == 1:
            a, b = r.sample(EN_TEAMS, 2)
            x = r.randint(1, 5)
            return "n", f"{a} beat {b} {x}-{r.randint(0, x - 1)} {r.choice(EN_TAILS)}"
        if k == 2:
            d = r.choice(["up", "down"])
            return "n", f"KOSPI closes {d} {r.uniform(0.05, 1.9):.2f}% at {r.uniform(2450, 2950):,.2f}."
        if k == 3:
            return "n", f"Won ends at {r.uniform(1320, 1420):,.1f} per dollar, {r.choice(['up', 'down'])} {r.uniform(0.5, 9):.1f} won from the previous session."
        if k == 4:
            return "n", f"Expect delays on the {r.choice(EN_ROADS)}: {r.choice(EN_REASONS)} has traffic backed up for {r.randint(2, 15)} km."
        if k == 5:
            return "s", f"{r.choice(EN_FOODS)} for lunch again, that's {r.randint(3, 5)} times this week lol"
        return "s", f"Day {r.randint(3, 120)} of learning {r.choice(EN_SKILLS)}. {r.choice(EN_MOODS)}"
    if k == 0:
        lo = r.randint(2, 14)
        return "n", f"[날씨] {r.choice(KO_CITIES)} {r.choice(KO_CONDS)}…아침 최저 {lo}도, 낮 최고 {lo + r.randint(6, 11)}도"
    if k == 1:
        a, b = r.sample(KO_TEAMS, 2)
        x = r.randint(1, 5)
        return "n", f"{a}, {b}에 {x}-{r.randint(0, x - 1)} 승리…{r.choice(KO_TAILS)}"
    if k == 2:
        return "n", f"코스피 {r.uniform(0.05, 1.9):.2f}% {r.choice(['상승', '하락'])} 마감…{r.uniform(2450, 2950):,.2f}"
    if k == 3:
        return "n", f"원·달러 환율 {r.uniform(1320, 1420):,.1f}원 마감…전 거래일 대비 {r.uniform(0.5, 9):.1f}원 {r.choice(['상승', '하락'])}"
    if k == 4:
        return "n", f"{r.choice(KO_ROADS)} {r.choice(KO_REASONS)}로 {r.randint(2, 15)}km 정체"
    if k == 5:
        return "s", f"점심 또 {r.choice(KO_FOODS)}.. 이번 주만 {r.randint(3, 5)}번째 ㅋㅋ"
    return "s", f"{r.choice(KO_SKILLS)} 배운 지 {r.randint(3, 120)}일째. {r.choice(KO_MOODS)}"


# =====================================================================
# Sources, authors, urls
# =====================================================================
SOCIAL = {
    "en": {"twitter.com": 6, "reddit.com": 4, "instagram.com": 2, "facebook.com": 2,
           "threads.net": 1.5, "youtube.com": 1, "tiktok.com": 1, "bsky.app": 1},
    "ko": {"twitter.com": 4, "instagram.com": 2, "facebook.com": 1, "cafe.naver.com": 3,
           "blog.naver.com": 2, "theqoo.net": 2, "clien.net": 1.5, "dcinside.com": 1.5,
           "ppomppu.co.kr": 1, "youtube.com": 1},
}
NEWS = {
    "en": {"news.example.com": 2, "dailymeridian.example.com": 1.5, "koreaherald.com": 1.5,
           "yna.co.kr": 2, "koreatimes.co.kr": 1},
    "ko": {"yna.co.kr": 3, "news.example.com": 2, "saebyeok.example.com": 1.5, "hankyung.com": 1.5},
}
TITLED = {"reddit.com", "cafe.naver.com", "blog.naver.com", "theqoo.net", "clien.net",
          "dcinside.com", "ppomppu.co.kr"}
HANDLE_SITES = {"twitter.com", "instagram.com", "threads.net", "tiktok.com", "bsky.app", "youtube.com"}

EN_FIRST = ["jess", "mike", "dana", "alex", "sam", "kimmy", "leo", "chris", "pat", "jordan", "taylor", "morgan",
            "ryan", "emma", "noah", "olivia", "liam", "ava", "ethan", "mia", "lucas", "zoe", "owen", "nina", "theo"]
EN_SUFFIX = ["_runs", "88", "_k", "writes", "_dev", "42", "_eats", ".park", "_", "x", "2026", "_real", "_nyc", "tweets"]
EN_GIVEN = ["Jessica", "Michael", "Dana", "Alex", "Samantha", "Kevin", "Priya", "Marcus", "Laura", "Tom",
            "Grace", "Daniel", "Hye-jin", "Omar", "Rachel", "Ben", "Sofia", "Greg"]
EN_LAST = ["Park", "Smith", "Nguyen", "Kim", "Garcia", "Lee", "Brown", "Choi", "Patel", "Miller", "Johnson", "Cho"]
EN_REPORTERS = ["Jane Kim", "Daniel Cho", "Sarah Lee", "Michael Park", "Hannah Yoon", "Ben Choi", "Laura Jung", "Chris Han"]
KO_ROM = ["minji", "jiho", "seoyeon", "dohyun", "haeun", "junseo", "yuna", "sihoo", "chaewon", "eunwoo",
          "soobin", "taeyang", "hyerin", "woojin"]
KO_ROM_SUF = ["_0412", "98", "_daily", ".kim", "_lee", "__", "2", "_j", "77", "_zz", "03", "_mom", "_life"]
KO_SURN = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오"]
KO_GIVEN = ["민수", "서연", "지훈", "유진", "하늘", "도윤", "수빈", "지은", "현우", "예린", "성민", "다은"]
KO_ADJ = ["배고픈", "졸린", "행복한", "성실한", "느긋한", "까칠한", "수줍은", "용감한", "조용한", "엉뚱한", "퇴근하고픈", "월요병"]
KO_NOUN = ["고양이", "직장인", "곰돌이", "토끼", "주부", "아재", "대학생", "개발자", "집사", "여행자", "두아이맘", "자취생"]

NEWS_SECTIONS = {"acme": "business", "nuri": "industry"}


def pick_weighted(r, weights):
    keys = list(weights)
    return r.choices(keys, weights=[weights[k] for k in keys])[0]


def make_author(r, lang, source):
    if source in NEWS[lang]:
        if lang == "en":
            return r.choice(EN_REPORTERS)
        return r.choice(KO_SURN) + r.choice(KO_GIVEN) + " 기자"
    if source in HANDLE_SITES:
        if lang == "en":
            return "@" + r.choice(EN_FIRST) + r.choice(EN_SUFFIX)
        return "@" + r.choice(KO_ROM) + r.choice(KO_ROM_SUF)
    if source == "reddit.com":
        return "u/" + r.choice(EN_FIRST).capitalize() + r.choice(["_", "-", ""]) + r.choice(["Moth", "Toast", "Pilot", "Otter", "Fern", "Quasar"]) + str(r.randint(1, 9999))
    if source == "facebook.com":
        if lang == "en":
            return r.choice(EN_GIVEN) + " " + r.choice(EN_LAST)
        return r.choice(KO_SURN) + r.choice(KO_GIVEN)
    if source == "theqoo.net":
        return "무명의 더쿠"
    if source == "dcinside.com":
        return f"ㅇㅇ({r.randint(1, 223)}.{r.randint(0, 255)})"
    nick = r.choice(KO_ADJ) + r.choice(KO_NOUN)
    if r.random() < 0.4:
        nick += str(r.randint(1, 99))
    return nick


def slugify(s, r):
    words = re.findall(r"[a-z0-9]+", s.lower())[:8]
    return "-".join(words) if words else f"post-{r.randrange(10**5, 10**6)}"


def b36(r, n):
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(n))


def b64ish(r, n):
    return "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(n))


def make_url(r, cfg, source, author, title, text, when, mention=True):
    ymd = when.strftime("%Y%m%d")
    handle = re.sub(r"^[@]|^u/", "", author) if source in HANDLE_SITES or source == "reddit.com" else None
    if source == "twitter.com":
        return f"https://twitter.com/{handle}/status/{r.randrange(10**18, 10**19)}"
    if source == "instagram.com":
        return f"https://instagram.com/p/{b64ish(r, 11)}/"
    if source == "threads.net":
        return f"https://threads.net/@{handle}/post/{b64ish(r, 11)}"
    if source == "tiktok.com":
        return f"https://tiktok.com/@{handle}/video/{r.randrange(10**18, 10**19)}"
    if source == "bsky.app":
        return f"https://bsky.app/profile/{handle}.bsky.social/post/3{b36(r, 12)}"
    if source == "youtube.com":
        return f"https://youtube.com/watch?v={b64ish(r, 11)}&lc=Ug{b64ish(r, 24)}"
    if source == "reddit.com":
        sub = r.choice(cfg["subreddits"] if mention else ["AskReddit", "running", "cats", "books", "soccer", "korea", "seoul", "weather"])
        return f"https://reddit.com/r/{sub}/comments/{b36(r, 7)}/{slugify(title or text, r)}/"
    if source == "facebook.com":
        return f"https://facebook.com/permalink.php?story_fbid={r.randrange(10**15, 10**16)}&id={r.randrange(10**14, 10**15)}"
    if source == "cafe.naver.com":
        return f"https://cafe.naver.com/{r.choice(cfg['cafes'])}/{r.randrange(10**6, 10**7)}"
    if source == "blog.naver.com":
        return f"https://blog.naver.com/{r.choice(KO_ROM)}{r.randint(10, 9999)}/{r.randrange(10**11, 10**12)}"
    if source == "theqoo.net":
        return f"https://theqoo.net/square/{r.randrange(10**9, 4 * 10**9)}"
    if source == "clien.net":
        return f"https://clien.net/service/board/park/{r.randrange(10**7, 2 * 10**7)}"
    if source == "dcinside.com":
        return f"https://dcinside.com/board/view/?id={r.choice(cfg['galleries'])}&no={r.randrange(10**5, 10**7)}"
    if source == "ppomppu.co.kr":
        return f"https://ppomppu.co.kr/zboard/view.php?id={r.choice(['phone', 'freeboard', 'money'])}&no={r.randrange(10**5, 10**6)}"
    if source == "news.example.com":
        return f"https://news.example.com/{when:%Y/%m/%d}/{slugify(title, r) if cfg['lang'] == 'en' else 'article'}-{r.randrange(10**4, 10**5)}"
    if source == "dailymeridian.example.com":
        return f"https://dailymeridian.example.com/{NEWS_SECTIONS[cfg['brand_key']]}/{ymd}/{slugify(title, r)}"
    if source == "koreaherald.com":
        return f"https://koreaherald.com/article/{r.randrange(10**7, 10**8)}"
    if source == "koreatimes.co.kr":
        return f"https://koreatimes.co.kr/{NEWS_SECTIONS[cfg['brand_key']]}/{ymd}/{slugify(title, r)}"
    if source == "yna.co.kr":
        return f"https://yna.co.kr/view/{'AEN' if cfg['lang'] == 'en' else 'AKR'}{ymd}{r.randrange(10**5, 10**6)}{r.choice(['003', '030', '051', '052'])}"
    if source == "saebyeok.example.com":
        return f"https://saebyeok.example.com/news/articleView.html?idxno={r.randrange(10**5, 10**6)}"
    if source == "hankyung.com":
        return f"https://hankyung.com/article/{ymd}{r.randrange(10**4, 10**5)}{r.choice('abgi')}"
    raise ValueError(source)


def derive_title(text, lang):
    first = re.split(r"(?<=[.!?])\s+", text.strip())[0]
    lim = 70 if lang == "en" else 30
    if len(first) <= lim:
        return first
    cut = first[:lim]
    if " " in cut:
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,.") + "…"


def render_news_body(r, lang, source, body, author, when):
    if lang == "en":
        if source == "yna.co.kr":
            mon = when.strftime("%b") + ("." if when.strftime("%b") not in ("May",) else "")
            return f"SEOUL, {mon} {when.day} (Yonhap) -- {body}"
        if source == "dailymeridian.example.com":
            return f"SEOUL — {body}"
        return body
    if source == "yna.co.kr":
        return f"(서울=연합뉴스) {author} = {body}"
    if source == "saebyeok.example.com":
        return f"[새벽일보] {body}"
    if source == "hankyung.com":
        return f"{body} {author}"
    return body


DECOR = {
    "en": {
        "praise": [" 🙌", " 👍", " !!", " (reposting because it's still true)"],
        "question": [" (reposting)", " 👀", " ??", " Thanks in advance"],
        "other": [" 👀", " lol", " 🙂"],
        "complaint": [" 😤", " Ugh.", " (reposting)"],
    },
    "ko": {
        "praise": [" ㅎㅎ", " 👍", "!!", " 강추"],
        "question": [" (재질문)", " ㅠㅠ", " 답변 부탁드려요", "??"],
        "other": [" ㅋㅋ", " ㅎㅎ", " 👀"],
        "complaint": [" ㅡㅡ", " 하..", " ㅠㅠ", " (재업)"],
    },
}
NEWS_REUSE_TAG = {"en": ["(LEAD) ", "(2nd LD) ", "UPDATE: "], "ko": ["(종합)", "(2보)", "(종합2보)"]}

CLASS_OF = {
    "praise": "praise", "question": "question", "news": "news", "other": "other",
    "minor_complaint": "complaint", "ordinary": "complaint", "crisis_social": "complaint",
    "crisis_press": "news", "lingering": "complaint",
}
NEWS_CATS = {"news", "crisis_press"}


class Pool:
    """Draw texts without replacement; on wrap-around report the reuse round."""

    def __init__(self, r, items):
        self.r, self.items, self.queue, self.round = r, list(items), [], 0

    def prefer(self, idx):
        """Make items[idx] the next draw (used for the opening post of the crisis)."""
        if not self.queue:
            self.queue = list(range(len(self.items)))
            self.r.shuffle(self.queue)
            self.round += 1
        if idx in self.queue:
            self.queue.remove(idx)
            self.queue.append(idx)

    def draw(self):
        if not self.queue:
            self.queue = list(range(len(self.items)))
            self.r.shuffle(self.queue)
            self.round += 1
        return self.items[self.queue.pop()], self.round - 1


# =====================================================================
# Timeline builder
# =====================================================================
class Builder:
    def __init__(self, cfg, seed):
        self.cfg, self.lang = cfg, cfg["lang"]
        self.r = random.Random(seed)
        self.items = []
        self.used_text = set()
        self.used_url = set()
        self.pools = {k: Pool(self.r, v) for k, v in cfg["bank"].items() if k != "competitor"}
        hand = list(BACKGROUND[self.lang])
        self.r.shuffle(hand)
        self.bg_hand = hand
        comp = list(cfg["bank"]["competitor"])
        self.r.shuffle(comp)
        self.bg_comp = comp

    # -- time helpers --
    def at(self, day, h, m, s):
        return START + dt.timedelta(days=day, hours=h, minutes=m, seconds=s)

    def daytime(self, day, h0=8, h1=22):
        return self.at(day, self.r.randint(h0, h1), self.r.randint(0, 59), self.r.randint(0, 59))

    def eng(self, mu, sigma):
        return int(self.r.lognormvariate(mu, sigma))

    # -- item creation --
    def add(self, *, when, source, title, text, author, engagement, mention, cls, phase, cat):
        url = make_url(self.r, self.cfg, source, author, title, text, when, mention)
        while url in self.used_url:
            url = make_url(self.r, self.cfg, source, author, title, text, when, mention)
        self.used_url.add(url)
        self.used_text.add(text)
        self.items.append(dict(when=when, source=source, title=title, text=text, author=author,
                               engagement=engagement, url=url, mention=mention, cls=cls,
                               phase=phase, cat=cat))

    def mention(self, cat, when, phase, source=None, author=None, eng=(2.3, 1.1)):
        lang, r = self.lang, self.r
        cls = CLASS_OF[cat]
        for attempt in range(50):
            entry, reuse = self.pools[cat].draw()
            if cat in NEWS_CATS:
                src = source or pick_weighted(r, NEWS[lang])
                auth = author or make_author(r, lang, src)
                head, body = entry
                if reuse:
                    tag = NEWS_REUSE_TAG[lang][(reuse - 1) % len(NEWS_REUSE_TAG[lang])]
                    head = tag + head if lang == "en" else head + tag
                text = render_news_body(r, lang, src, body, auth, when)
                title = head
            else:
                src = source or pick_weighted(r, SOCIAL[lang])
                auth = author or make_author(r, lang, src)
                text = entry
                if reuse:
                    decs = DECOR[lang][cls]
                    text = text + decs[(reuse - 1 + attempt) % len(decs)]
                title = derive_title(text, lang) if src in TITLED else ""
            if text not in self.used_text:
                self.add(when=when, source=src, title=title, text=text, author=auth,
                         engagement=self.eng(*eng), mention=True, cls=cls, phase=phase, cat=cat)
                return self.items[-1]
        raise RuntimeError(f"could not find a unique text for {cat}")

    def background(self, day):
        r, lang = self.r, self.lang
        day_fams = set()
        for _ in range(r.randint(5, 10)):
            when = self.at(day, r.randint(6, 23), r.randint(0, 59), r.randint(0, 59))
            roll = r.random()
            if self.bg_comp and roll < 0.10:
                kind, text = self.bg_comp.pop()
                cat = "competitor"
            elif self.bg_hand and roll < 0.45:
                kind, text = self.bg_hand.pop()
                cat = "background"
            else:
                # at most one item per template family per day (no three KOSPI closes a day)
                fams = [f for f in range(7) if f not in day_fams] or list(range(7))
                fam = r.choice(fams)
                day_fams.add(fam)
                for _ in range(100):
                    kind, text = bg_template(r, lang, fam)
                    if text not in self.used_text:
                        break
                cat = "background_template"
            if text in self.used_text:
                continue
            if kind == "n":
                src = pick_weighted(r, NEWS[lang])
                auth = make_author(r, lang, src)
                title = text.rstrip(".") if len(text) < 110 else derive_title(text, lang)
                body = render_news_body(r, lang, src, text, auth, when)
                self.add(when=when, source=src, title=title, text=body, author=auth,
                         engagement=self.eng(3.3, 0.9), mention=False, cls=None, phase="background", cat=cat)
            else:
                src = pick_weighted(r, SOCIAL[lang])
                auth = make_author(r, lang, src)
                title = derive_title(text, lang) if src in TITLED else ""
                self.add(when=when, source=src, title=title, text=text, author=auth,
                         engagement=self.eng(2.5, 1.2), mention=False, cls=None, phase="background", cat=cat)

    def baseline(self, day):
        r = self.r
        if day in LINGER_DAYS:
            n = r.randint(3, 5)
            weights = {"praise": 0.2, "question": 0.35, "news": 0.25, "other": 0.2}
        elif day == CRISIS_DAY:
            n = r.randint(3, 5)
            weights = {"praise": 0.3, "question": 0.3, "news": 0.2, "other": 0.2}
        else:
            n = r.randint(3, 7)
            weights = {"praise": 0.32, "question": 0.28, "news": 0.24, "other": 0.16}
        cats = [pick_weighted(r, weights) for _ in range(n)]
        # the occasional single complaint on quiet days (never on the spike days)
        if day not in (ORDINARY_DAY, CRISIS_DAY) and day not in LINGER_DAYS and r.random() < 0.3:
            cats[0] = "minor_complaint"
        for cat in cats:
            eng = (3.4, 0.8) if cat == "news" else (2.3, 1.1)
            self.mention(cat, self.daytime(day), "baseline", eng=eng)

    def ordinary(self):
        r, day = self.r, ORDINARY_DAY
        n = r.randint(8, 12)
        s1, s2 = self.cfg["ordinary_sources"]
        k1 = r.randint(max(3, n - 7), min(n - 3, 7))
        srcs = [s1] * k1 + [s2] * (n - k1)
        r.shuffle(srcs)
        secs = sorted(r.sample(range(13 * 3600, 17 * 3600), n))
        authors = set()
        for src, sec in zip(srcs, secs):
            while True:
                a = make_author(r, self.lang, src)
                if a not in authors:
                    authors.add(a)
                    break
            when = START + dt.timedelta(days=day, seconds=sec)
            self.mention("ordinary", when, "ordinary", source=src, author=a, eng=(3.1, 0.9))

    def crisis(self):
        r, lang, day = self.r, self.lang, CRISIS_DAY
        n_social = r.randint(33, 40)
        n_press = r.randint(10, 13)
        soc = list(SOCIAL[lang]) + [pick_weighted(r, SOCIAL[lang]) for _ in range(n_social - len(SOCIAL[lang]))]
        prs = list(NEWS[lang]) + [pick_weighted(r, NEWS[lang]) for _ in range(n_press - len(NEWS[lang]))]
        r.shuffle(soc)
        r.shuffle(prs)
        base = 9 * 3600
        # first post right after 09:00, then a ramp that stays heavy for ~6 hours
        offs = [r.randint(60, 240)]
        offs += [int(360 * 60 * min(1.0, r.betavariate(1.5, 1.25))) for _ in range(n_social - 1)]
        offs = [max(offs[0] + 30, o) if i else o for i, o in enumerate(offs)]
        p_offs = [int(30 * 60 + 330 * 60 * r.betavariate(1.3, 1.1)) for _ in range(n_press)]
        self.pools["crisis_social"].prefer(0)  # the opening post is the first hand-written one
        for src, o in zip(soc, offs):
            self.mention("crisis_social", START + dt.timedelta(days=day, seconds=base + o), "crisis",
                         source=src, eng=(5.0, 1.2))
        for src, o in zip(prs, p_offs):
            self.mention("crisis_press", START + dt.timedelta(days=day, seconds=base + o), "crisis",
                         source=src, eng=(4.8, 0.8))

    def lingering(self):
        r = self.r
        for day, (lo, hi) in zip(LINGER_DAYS, [(4, 6), (2, 3)]):
            n = r.randint(lo, hi)
            for i in range(n):
                when = self.daytime(day)
                if day == LINGER_DAYS[0] and i == 0:
                    self.mention("crisis_press", when, "lingering", eng=(4.0, 0.8))
                else:
                    self.mention("lingering", when, "lingering", eng=(3.5, 1.0))

    def build(self):
        for day in range(DAYS):
            self.baseline(day)
            self.background(day)
        self.ordinary()
        self.crisis()
        self.lingering()
        self.items.sort(key=lambda it: (it["when"], it["source"], it["text"]))
        for i, it in enumerate(self.items, 1):
            it["id"] = f"{self.cfg['prefix']}-{i:05d}"
        return self.items


def rfc3339(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


FILES = [
    dict(name="en-acme.jsonl", lang="en", prefix="en-acme", brand_key="acme", brand="Acme Mobile",
         aliases=["Acme", "Acme Mobile", "에이크미"], competitors=["Globex", "글로벡스"], bank=EN_ACME,
         ordinary_sources=["reddit.com", "twitter.com"],
         subreddits=["Telecom", "phones", "personalfinance", "korea", "mildlyinfuriating", "NoStupidQuestions"],
         cafes=[], galleries=[], ordinary_topic="billing error: duplicate / wrong charges on this month's bill",
         crisis_topic="customer data breach (names, ID numbers, SIM keys leaked; late disclosure)"),
    dict(name="ko-acme.jsonl", lang="ko", prefix="ko-acme", brand_key="acme", brand="Acme Mobile",
         aliases=["Acme", "Acme Mobile", "에이크미"], competitors=["Globex", "글로벡스"], bank=KO_ACME,
         ordinary_sources=["clien.net", "ppomppu.co.kr"],
         subreddits=[], cafes=["phonefan", "itgadgetclub", "seoulmomtalk", "jjinsaengphone"],
         galleries=["mobile", "telecom", "smartphone"],
         ordinary_topic="요금 이중청구 (billing double charge)",
         crisis_topic="개인정보 유출 (customer data breach incl. SIM keys)"),
    dict(name="en-nuri.jsonl", lang="en", prefix="en-nuri", brand_key="nuri", brand="누리식품",
         aliases=["누리", "누리식품", "Nuri Foods"], competitors=["한빛푸드", "Hanbit Food"], bank=EN_NURI,
         ordinary_sources=["facebook.com", "twitter.com"],
         subreddits=["KoreanFood", "Cooking", "EatCheapAndHealthy", "korea", "mildlyinfuriating", "AsianEats"],
         cafes=[], galleries=[], ordinary_topic="stale batch of seaweed snacks (lot 0927)",
         crisis_topic="food contamination: salmonella outbreak from dumplings, expired meat, relabeled dates"),
    dict(name="ko-nuri.jsonl", lang="ko", prefix="ko-nuri", brand_key="nuri", brand="누리식품",
         aliases=["누리", "누리식품", "Nuri Foods"], competitors=["한빛푸드", "Hanbit Food"], bank=KO_NURI,
         ordinary_sources=["cafe.naver.com", "instagram.com"],
         subreddits=[], cafes=["momsholic2", "jipbapcafe", "dongtanmom", "cookingclub"],
         galleries=["food", "cook", "snack"],
         ordinary_topic="눅눅한 김스낵 특정 로트 (stale seaweed snack batch 0927)",
         crisis_topic="식중독 사태 (salmonella outbreak, 유통기한 지난 고기, 날짜 조작)"),
]


# =====================================================================
# Checks, expected.json, output
# =====================================================================
def latin(s):
    return re.search(r"[A-Za-z]", s) is not None


def alias_hits(text, aliases):
    hits = []
    for a in aliases:
        if latin(a):
            if re.search(r"(?<![A-Za-z])" + re.escape(a) + r"(?![A-Za-z])", text, re.I):
                hits.append(a)
        elif a in text:
            hits.append(a)
    return hits


def lookalike_hits(text, aliases):
    """Alias strings or the first word of a Latin alias appearing anywhere (e.g. 누리꾼, Nuri rocket)."""
    out = []
    for a in aliases:
        probe = a.split()[0] if latin(a) else a
        if latin(probe):
            m = re.search(r"[A-Za-z]*" + re.escape(probe) + r"[A-Za-z]*", text, re.I)
        else:
            m = re.search(r"[가-힣]*" + re.escape(probe) + r"[가-힣]*", text)
        if m:
            out.append(m.group(0))
    return sorted(set(out))


def hangul_has_batchim(ch):
    code = ord(ch) - 0xAC00
    return 0 <= code < 11172 and code % 28 != 0


JOSA_AFTER_VOWEL = {"가", "는", "를", "와", "로"}
JOSA_AFTER_CONS = {"이", "은", "을", "과", "으로"}


def josa_problems(text, ko_aliases):
    probs = []
    for a in sorted(ko_aliases, key=len, reverse=True):
        for m in re.finditer(re.escape(a) + r"(으로|이|가|은|는|을|를|과|와|로)", text):
            # skip when the alias is only a prefix of a longer word (e.g. 누리식품 matched by 누리)
            if text[m.start():].startswith(tuple(x for x in ko_aliases if len(x) > len(a))):
                continue
            j = m.group(1)
            cons = hangul_has_batchim(a[-1])
            if (cons and j in JOSA_AFTER_VOWEL) or (not cons and j in JOSA_AFTER_CONS):
                probs.append(m.group(0))
    return probs


def check_and_describe(cfg, items):
    lang, aliases = cfg["lang"], cfg["aliases"]
    errors = []
    bank = cfg["bank"]
    for cat in ("praise", "question", "news", "ordinary", "crisis_social", "crisis_press"):
        if len(set(bank[cat])) < 25:
            errors.append(f"bank {cat} has only {len(set(bank[cat]))} distinct entries")
    ids = [it["id"] for it in items]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    if len({it["url"] for it in items}) != len(items):
        errors.append("duplicate urls")
    if len({it["text"] for it in items}) != len(items):
        errors.append("duplicate texts")
    tricky = OrderedDict()
    for it in items:
        host = re.match(r"https://([^/?]+)", it["url"]).group(1)
        if host != it["source"]:
            errors.append(f"{it['id']}: url host {host} != source {it['source']}")
        blob = it["title"] + "\n" + it["text"]
        hits = alias_hits(blob, aliases)
        if it["mention"] and not hits:
            errors.append(f"{it['id']}: mention without alias: {it['text']}")
        if not it["mention"]:
            look = lookalike_hits(blob, aliases)
            if look:
                tricky[it["id"]] = "contains " + ", ".join(repr(x) for x in look) + " but does not refer to the brand"
            elif hits:
                errors.append(f"{it['id']}: non-mention contains alias {hits}")
        if lang == "ko":
            p = josa_problems(blob, [a for a in aliases if not latin(a)])
            if p:
                errors.append(f"{it['id']}: josa mismatch {p}")
        if not (START <= it["when"] < START + dt.timedelta(days=DAYS)):
            errors.append(f"{it['id']}: out of range")
    # phase checks
    by_phase = {}
    for it in items:
        by_phase.setdefault(it["phase"], []).append(it)
    ordi, cris = by_phase["ordinary"], by_phase["crisis"]
    if not 8 <= len(ordi) <= 12:
        errors.append("ordinary count")
    if len({i["source"] for i in ordi}) != 2:
        errors.append("ordinary sources != 2")
    if any(not (13 <= i["when"].hour < 17) or (i["when"] - START).days != ORDINARY_DAY for i in ordi):
        errors.append("ordinary outside 13-17 window")
    if len({i["author"] for i in ordi}) < 5:
        errors.append("ordinary: too few authors")
    if not 40 <= len(cris) <= 60:
        errors.append("crisis count")
    if len({i["source"] for i in cris}) < 10:
        errors.append("crisis sources < 10")
    neg = sum(1 for i in cris if i["cls"] == "complaint")
    if neg / len(cris) < 0.7:
        errors.append("crisis not negative enough")
    # per-day baseline checks
    for day in range(DAYS):
        base = [i for i in items if i["phase"] == "baseline" and (i["when"] - START).days == day]
        bg = [i for i in items if not i["mention"] and (i["when"] - START).days == day]
        if not 3 <= len(base) <= 7:
            errors.append(f"day {day}: {len(base)} baseline mentions")
        if not 5 <= len(bg) <= 10:
            errors.append(f"day {day}: {len(bg)} background items")
        if day <= 16 and sum(1 for i in base if i["cls"] == "complaint") > 1:
            errors.append(f"day {day}: more than one baseline complaint")
    base_sources = {i["source"] for i in items if i["phase"] == "baseline"}
    if len(base_sources) < 12:
        errors.append(f"baseline uses only {len(base_sources)} sources")

    def window(lst):
        ts = sorted(i["when"] for i in lst)
        return {"first": rfc3339(ts[0]), "last": rfc3339(ts[-1])}

    mentions = [i for i in items if i["mention"]]
    exp = OrderedDict()
    exp["language"] = lang
    exp["brand"] = cfg["brand"]
    exp["aliases"] = aliases
    exp["competitors"] = cfg["competitors"]
    exp["start"] = rfc3339(START)
    exp["days"] = DAYS
    exp["item_count"] = len(items)
    exp["ordinary_issue"] = OrderedDict(
        day=ORDINARY_DAY, date=(START + dt.timedelta(days=ORDINARY_DAY)).date().isoformat(),
        topic=cfg["ordinary_topic"], expected_level="issue",
        count=len(ordi), sources=sorted({i["source"] for i in ordi}),
        window=window(ordi), ids=[i["id"] for i in ordi])
    exp["crisis"] = OrderedDict(
        day=CRISIS_DAY, date=(START + dt.timedelta(days=CRISIS_DAY)).date().isoformat(),
        topic=cfg["crisis_topic"], expected_level="crisis",
        count=len(cris), complaint_count=neg, news_count=len(cris) - neg,
        distinct_sources=len({i["source"] for i in cris}), sources=sorted({i["source"] for i in cris}),
        window=window(cris), ids=[i["id"] for i in cris])
    exp["lingering"] = OrderedDict(
        days=list(LINGER_DAYS), count=len(by_phase["lingering"]),
        ids=[i["id"] for i in by_phase["lingering"]])
    exp["mention_ids"] = [i["id"] for i in mentions]
    exp["classes"] = OrderedDict((i["id"], i["cls"]) for i in mentions)
    exp["phases"] = OrderedDict((i["id"], i["phase"]) for i in items)
    exp["tricky_non_mention_ids"] = tricky
    exp["counts"] = OrderedDict(
        by_phase=OrderedDict(sorted(Counter(i["phase"] for i in items).items())),
        by_class=OrderedDict(sorted(Counter(i["cls"] for i in mentions).items())),
        mentions=len(mentions), non_mentions=len(items) - len(mentions),
        mentions_per_day=[sum(1 for i in mentions if (i["when"] - START).days == d) for d in range(DAYS)],
        negative_mentions_per_day=[sum(1 for i in mentions if (i["when"] - START).days == d and i["cls"] == "complaint")
                                   for d in range(DAYS)],
        non_mentions_per_day=[sum(1 for i in items if not i["mention"] and (i["when"] - START).days == d)
                              for d in range(DAYS)],
    )
    return exp, errors


def main():
    expected = OrderedDict()
    expected["_notes"] = (
        "Generated by make.py (seed %d). Day 0 = 2026-10-01 (UTC). Per file: 'ordinary_issue' and 'crisis' give the ids "
        "of the spike items and the window from the first to the last spike item; 'mention_ids' lists every item that "
        "mentions the brand and 'classes' its intended class (complaint/question/praise/news/other). Crisis social posts "
        "are 'complaint', crisis press reports are 'news'. Items on days 15 and 17 that are not in the spike id lists are "
        "ordinary background (baseline mentions or unrelated items). 'lingering' items (days 18-19) are negative "
        "leftovers of the crisis and are not crisis items. 'tricky_non_mention_ids' are items that do NOT mention the "
        "brand although they contain a look-alike string (e.g. 누리꾼 'netizen', 누리호 rocket, 온누리상품권, 누리다 'to "
        "enjoy', the Nuri rocket) -- a naive substring match on the alias '누리' would count them." % SEED)
    all_errors = []
    for k, cfg in enumerate(FILES):
        items = Builder(cfg, SEED * 10 + k).build()
        path = os.path.join(OUT_DIR, cfg["name"])
        with open(path, "w", encoding="utf-8") as f:
            for it in items:
                rec = OrderedDict([("id", it["id"]), ("title", it["title"]), ("text", it["text"]), ("url", it["url"]),
                                   ("source", it["source"]), ("published", rfc3339(it["when"])),
                                   ("author", it["author"]), ("engagement", it["engagement"])])
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        exp, errors = check_and_describe(cfg, items)
        expected[cfg["name"]] = exp
        all_errors += [f"{cfg['name']}: {e}" for e in errors]
        c = exp["counts"]
        print(f"{path}: {exp['item_count']} items, phases={dict(c['by_phase'])}, classes={dict(c['by_class'])}, "
              f"tricky={len(exp['tricky_non_mention_ids'])}")
    with open(os.path.join(OUT_DIR, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")
    if all_errors:
        print("CHECK FAILURES:")
        for e in all_errors:
            print("  " + e)
        raise SystemExit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
