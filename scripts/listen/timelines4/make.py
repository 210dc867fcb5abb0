#!/usr/bin/env python3
"""Generator for held-out alert-detector timelines (timelines4).

Writes en-brightpay.jsonl, ko-brightpay.jsonl, en-dashly.jsonl, ko-dashly.jsonl
and expected.json into the directory of this script. Deterministic (fixed seeds).
"""
import json
import os
import random
import re
from datetime import datetime, timedelta, timezone

OUT = os.path.dirname(os.path.abspath(__file__))
START = datetime(2027, 1, 4, tzinfo=timezone.utc)   # day 1 (Monday)
NDAYS = 20
ORD_DAY = 9      # day 10 (index 9)  -> 2027-01-13
CRISIS_DAY = 14  # day 15 (index 14) -> 2027-01-18 (Monday)


def soc(label, text, src=None):
    return dict(kind="social", label=label, title="", text=text, src=src)


def nws(title, text, src=None, label="news"):
    return dict(kind="news", label=label, title=title, text=text, src=src)


def P(text):
    """Text optionally prefixed with '@host|' to pin the source."""
    if text.startswith("@"):
        host, body = text[1:].split("|", 1)
        return host, body
    return None, text


def socs(label, texts):
    out = []
    for t in texts:
        src, body = P(t)
        out.append(soc(label, body, src))
    return out


def nwss(pairs, label="news"):
    out = []
    for p in pairs:
        title, text = p[0], p[1]
        src = p[2] if len(p) > 2 else None
        out.append(nws(title, text, src, label))
    return out


# ---------------------------------------------------------------------------
# English generic (non-brand) material
# ---------------------------------------------------------------------------
EN_CHAT = [
    "Why does every January feel like it's 90 days long",
    "The guy upstairs has been learning the trumpet since Christmas. He is not improving.",
    "Made sourdough for the first time. It's more of a sour brick but I'm proud",
    "Train cancelled, replacement bus cancelled, the replacement for the replacement bus is 'under review'",
    "hot take: the second season was better than the first and I will not be taking questions",
    "My cat has decided 4:45am is breakfast. Not negotiable apparently.",
    "Anyone got a decent recipe for lentil soup that doesn't taste like virtue",
    "Ran 5k without stopping for the first time in my life. Legs are now decorative.",
    "The new series of that baking show is so wholesome I cried at a sponge",
    "why is printer software still like this in 2027",
    "Snow forecast for Thursday, which means the whole country will stop functioning at 2cm",
    "Just found a tenner in last winter's coat. Best day of the year so far",
    "Is it normal for a landlord to take 3 weeks to fix a boiler or am I being precious",
    "Three-year-old has learned the word 'actually' and is using it on me constantly",
    "Finally finished the 1000 piece puzzle. One piece missing. Of course.",
    "Can we bring back forums instead of everything being a 40 minute video",
    "My phone autocorrected 'see you soon' to 'see you spoon' and I sent it to my boss",
    "The local library has a seed library now. You borrow tomato seeds and return... tomatoes? Unclear.",
    "Six days into dry January and I've become insufferable about sparkling water",
    "Bus driver waited for me while I sprinted for it. Faith in humanity restored.",
    "Controversial: pineapple on pizza is fine and we all need to move on",
    "Watching the darts with my grandad, he's explaining checkouts like it's quantum physics",
    "Neighbours' kids built a snowman that looks exactly like our postman. He's not thrilled.",
    "Anyone know why my laptop fan sounds like a jet engine when I open a spreadsheet",
    "Went to a pub quiz, came last, won the raffle. Balance.",
    "The heating's on, the tea's made, the rain's going sideways. Perfect Sunday.",
    "Starting a new job Monday, any tips for not forgetting everyone's name within ten minutes",
    "Accidentally replied-all to the whole department with 'lol'. Moving to the sea.",
    "Just learned octopuses have three hearts and I've been thinking about it all day",
    "The football last night... I'm not talking about it. Don't ask.",
    "Council finally fixed the pothole outside our house. Then dug it up again the next day.",
    "Is there a word for the relief when a parcel you forgot about turns up",
    "Tried a standing desk. Now I have a standing desk and sore feet.",
    "Does anyone actually read the terms and conditions or are we all just clicking agree",
    "Kid asked me why the moon follows the car and I panicked and said 'it likes us'",
    "My houseplants are thriving now that I've stopped caring about them. Lesson there somewhere.",
    "Cinema ticket plus popcorn cost more than my first bike. Okay, slight exaggeration.",
    "Recommend me a podcast for a 4 hour drive. Not true crime, I need to sleep at some point",
    "The gym in January vs the gym in March is a social experiment",
    "Is it just me or are crisp packets getting emptier",
    "Found out my coworker has been pronouncing 'gif' differently for six years. The friendship is over.",
    "Booked a holiday for June purely to have something to look forward to in January",
    "Lost all my contacts switching phones, so if you've texted me this week: hello, who is this",
    "My grandmother's sponge recipe just says 'butter: enough'. Incredible document.",
    "Today I learned you can freeze grated cheese. My life is changed.",
    "Storm names this year are getting a bit too friendly. 'Storm Gary' is not threatening",
    "Anyone else's broadband just die at exactly 8pm every night",
    "Painting the spare room and I've already regretted the colour three times",
    "Some people walk into a room and forget why. I open the fridge and forget who I am.",
    "Marathon training plan says 'easy run'. There is no such thing.",
    "Finished a book in one sitting for the first time since uni. Tea went cold twice.",
    "the dog has learned to open the treat cupboard. we now live in his house.",
    "Asked for a small coffee and got a bucket. Not complaining.",
    "If you hear screaming from south London it's me doing my tax return",
    "Charity shop find of the year: a perfectly good raincoat for four quid",
    "Power cut on our street for an hour, everyone came outside and talked. Weirdly lovely.",
    "Reminder that it's fine to cancel plans and stay in. Signed, someone who just did.",
    "Group chat has been arguing about the correct way to load a dishwasher for two hours",
    "Why does the smoke alarm only ever run out of battery at 3am",
    "Started learning Korean on an app. I can now say 'the cat drinks milk' with total confidence",
    "Whoever invented heated blankets deserves a knighthood",
    "Our street's WhatsApp group is 90% missing cats and 10% passive-aggressive parking",
]

EN_GNEWS = [
    ("Cold snap to continue into next week, forecasters say",
     "Temperatures are expected to stay below freezing overnight across much of the north until at least Wednesday, the national weather service said, with ice warnings in place for untreated roads."),
    ("City council approves new cycle lanes on ring road",
     "Councillors voted 31 to 12 in favour of a segregated cycle route along the inner ring road. Construction is due to begin in the summer and last around eight months."),
    ("Rail operator apologises after week of cancellations",
     "The operator blamed staff shortages and a signalling fault for the disruption, which affected more than 400 services across the region."),
    ("House prices flat in December, lender says",
     "Average house prices were unchanged last month, according to a major mortgage lender, as higher borrowing costs continued to weigh on demand."),
    ("Town museum reopens after two-year refurbishment",
     "The museum, closed since 2025 for repairs to its roof and galleries, reopened to the public with a new local history wing and free entry for residents."),
    ("Inflation eases slightly to 2.8%",
     "Consumer price inflation eased to 2.8% in December from 3.0% in November, official figures showed, helped by lower fuel prices."),
    ("Hospital waiting lists fall for third month",
     "The number of people waiting for planned treatment fell for the third month running, though health leaders warned winter pressures could reverse the trend."),
    ("Water company fined over sewage spills",
     "A water company has been fined £3.2m after pleading guilty to illegally discharging sewage into two rivers over a three-year period."),
    ("Folding laptop unveiled at trade show",
     "A laptop whose screen folds in half to the size of a paperback drew crowds at this week's consumer electronics show. It goes on sale in the spring."),
    ("Schools to get new guidance on mobile phones",
     "Head teachers will receive updated guidance on restricting phone use during the school day, the education department said."),
    ("Club appoints interim manager after poor run",
     "The club has placed its assistant coach in temporary charge after a run of seven games without a win."),
    ("Energy price cap expected to fall in April, analysts say",
     "Household energy bills could fall by around 4% from April as wholesale gas prices ease, according to a consultancy's latest forecast."),
    ("New bridge opens to traffic six months late",
     "The £48m river crossing opened to cars and cyclists on Friday after delays caused by flooding and a shortage of steel."),
    ("Supermarket chain to close 12 stores",
     "The grocer said the closures, mostly of smaller town-centre shops, would affect around 600 jobs, with staff offered roles at nearby branches."),
    ("Scientists identify new species of deep-sea snail",
     "Researchers studying hydrothermal vents in the Atlantic have described a snail with an iron-plated shell, according to a paper published this week."),
    ("Airport passenger numbers back to pre-pandemic levels",
     "The airport handled more passengers last year than in 2019 for the first time, driven by demand for short-haul European flights."),
    ("Wildlife charity records rise in urban foxes",
     "Sightings of foxes in city centres rose by a fifth last year, a wildlife charity said, after its annual survey of volunteers."),
    ("Interest rates held at 4% as policymakers split",
     "The central bank kept interest rates unchanged at 4%, with three of the nine members of its rate-setting committee voting for a cut."),
    ("Festival line-up announced with three surprise headliners",
     "Organisers of the summer festival revealed a line-up including a reunited nineties band, with tickets going on sale next Friday."),
    ("Postal strike called off after last-minute deal",
     "A planned walkout by postal workers was suspended after the union and management agreed a revised pay offer."),
    ("Flood defences completed in riverside town",
     "A £12m flood barrier has been completed in the town, which was badly hit by flooding in 2024, the environment agency said."),
    ("Minimum wage rise to take effect in April",
     "The national minimum wage will rise to £12.60 an hour in April, a change expected to benefit around two million workers."),
    ("Police appeal after vintage car stolen from showroom",
     "Officers are appealing for information after a 1967 sports car valued at £90,000 was taken from a showroom overnight."),
    ("Government consults on rules for short-term lets",
     "Ministers have launched a consultation on a registration scheme for holiday lets, citing pressure on housing in tourist areas."),
    ("Late-night screen time linked to poorer sleep in teens",
     "Teenagers who used phones after 11pm slept on average 40 minutes less than their peers, according to a study of 3,000 pupils."),
    ("Orchestra cancels regional tour over funding cuts",
     "The orchestra said a 20% cut in its grant meant it could no longer afford to take concerts outside the capital this season."),
    ("Electric car sales hit record share in December",
     "Battery electric cars made up almost a third of new registrations last month, industry figures showed."),
    ("Ferry services suspended as gales hit coast",
     "All ferry sailings to the islands were cancelled on Tuesday as gusts of up to 80mph battered the west coast."),
    ("Start-up raises funds for vertical farms in disused car parks",
     "The company grows salad leaves under LED lights in empty multi-storey car parks and plans to open four more sites this year."),
    ("Town votes to keep Christmas lights up until February",
     "Residents voted overwhelmingly in an online poll to keep the high street's festive lights on for a few more weeks of 'cheer'."),
]


# ---------------------------------------------------------------------------
# en-brightpay
# ---------------------------------------------------------------------------
EN_BP = dict(
    stem="en-brightpay", lang="en", brand="BrightPay",
    aliases=["BrightPay", "Bright Pay", "브라이트페이"],
    competitors=["Coinlane", "한결페이"],
    social=["x.com", "reddit.com", "threads.net", "bsky.app", "mastodon.social",
            "trustpilot.com", "forums.cardchat.net"],
    news=["ledgerdaily.com", "moneybeat.news", "metrotribune.com", "techpulse.io",
          "consumerwatch.org", "northernpost.co.uk"],
    subreddits=["UKPersonalFinance", "fintech", "AskUK", "london"],
    ordinary_sources=["forums.cardchat.net", "reddit.com"],
    ordinary_start=(18, 40), crisis_start=(8, 2), crisis_minutes=330,
)
EN_BP["domain"] = socs(None, [
    "Coinlane just added cashback on groceries and I'm weak",
    "Reminder: your bank will never ask you to move money to a 'safe account'. If someone does, hang up.",
    "Is it worth paying for a premium bank card just for airport lounges? Asking for my wallet.",
    "Coinlane's app redesign moved every button I've ever used. Muscle memory in shambles.",
    "Does anyone still get paper bank statements or is that just my dad",
    "Set up a standing order to savings on payday. Future me had better be grateful",
    "Apparently 한결페이 is huge in Korea, does anything like that exist over here?",
    "Contactless limit went up and now I tap for everything and have no idea where my money goes",
    "Budgeting spreadsheet update: I have categorised my way into despair",
    "Why does every bank app need a 'feed' now. I just want to see my balance",
    "Got a scam text pretending to be from my bank with a typo in the bank's own name. Nice try.",
    "Coinlane support sorted my card in five minutes, first good customer service of the year",
]) + nwss([
    ("Coinlane raises £60m to expand lending",
     "App-based lender Coinlane has raised £60m from investors to grow its personal loans business and hire 200 staff, the company said."),
    ("Losses from impersonation scams rise 18%",
     "Losses from scams in which fraudsters pose as bank or police staff rose 18% last year, according to an industry body, which urged customers to hang up and call back on a known number."),
    ("Cash use falls to new low, but a fifth still rely on it",
     "Cash was used for just 9% of payments last year, but around one in five adults still say they depend on it day to day, a survey found."),
    ("Regulator sets out new refund rules for payment fraud",
     "Payment firms will have to reimburse most victims of authorised push payment fraud within five working days under rules announced on Wednesday."),
    ("Open banking payments pass 20 million a month",
     "Payments made directly between bank accounts through open banking passed 20 million in a single month for the first time in December."),
    ("Korea's Hangyeol Pay (한결페이) eyes European launch",
     "The South Korean payments app said it was exploring a launch in Europe next year and had held early talks with regulators."),
], label=None)
EN_BP["lookalike"] = [soc(None, "Here's to a bright payday Friday, whatever your bank balance says. Chips are on me (chips only).")]
EN_BP["praise"] = socs("praise", [
    "Split the electricity bill with my flatmates in BrightPay in about ten seconds. Nobody had to chase anyone. Bliss.",
    "Got paid at 6am because BrightPay releases salary early. Small thing, but it made my Friday.",
    "The round-up savings pot on BrightPay quietly hit £400. I did literally nothing.",
    "BrightPay support answered in four minutes on a Sunday and actually fixed the thing. Who are these people",
    "Used my Bright Pay card all over Lisbon last week, zero fees, and the rate beat the airport kiosk by a mile.",
    "freezing and unfreezing my card from the BrightPay app when I can't find my wallet is the best feature ever made",
    "Honestly the spending breakdown in BrightPay is what finally got me to stop ordering takeaway four times a week",
    "my dad (71) set up BrightPay on his own without calling me once. that's the review.",
    "Shoutout to BrightPay for refunding a dodgy merchant charge before I'd even finished typing the dispute.",
    "The new lock screen balance widget is small but it's exactly what I wanted, nice one BrightPay",
    "Paid a friend in Dublin from BrightPay and it landed before I'd put my phone down.",
    "bright pay's virtual cards for subscriptions have saved me from at least three free trials this year",
    "Three years with BrightPay and not a single reason to look elsewhere. Boring in the best way.",
    "The BrightPay payday sorter that splits wages into bills / savings / fun is so good I told the entire group chat",
    "Not to be dramatic but the BrightPay dark mode redesign is lovely",
    "Kudos to BrightPay for actually explaining the FX markup instead of hiding it in a footnote.",
    "Used a BrightPay shared pot for a stag weekend. Zero arguments about money, which is a first for this group.",
    "@trustpilot.com|Opened a BrightPay account in about six minutes, card arrived in two days, app does what it says. Four stars only because I'm stingy with five.",
])
EN_BP["question"] = socs("question", [
    "Does BrightPay let you have two cards on the same account? Want one just for online stuff.",
    "Anyone know if BrightPay works with Apple Pay on the watch, or only the phone?",
    "Thinking of moving my current account to BrightPay. How's the switching process, any horror stories?",
    "Is there a limit on how much you can send per day with Bright Pay? Paying a deposit on a flat next week.",
    "Can you get proper statements out of BrightPay for a mortgage application or is it PDF only?",
    "How long does a BrightPay card take to arrive? ordered monday, nothing yet",
    "does brightpay charge for cash withdrawals abroad? the help page is a bit vague",
    "Quick one: does BrightPay do joint accounts yet or is it still just shared pots?",
    "Is the BrightPay savings rate variable? trying to compare it with my building society",
    "Has anyone used BrightPay as a sole trader? Any gotchas?",
    "If I lose my phone, how do I get back into BrightPay on a new one? Asking before I need to.",
    "Can you pay a cheque into BrightPay? Grandma still sends them for birthdays lol",
    "Does BrightPay report to the credit agencies if you use their overdraft?",
    "BrightPay or a traditional bank for a 16 year old's first account? Opinions welcome",
])
EN_BP["qnews"] = nwss([
    ("BrightPay passes four million customers, eyes Spain",
     "The mobile bank BrightPay said it now has more than four million customers and plans to launch in Spain later this year, subject to approval from local authorities. The company did not give a date."),
    ("BrightPay adds parental card controls for teen accounts",
     "BrightPay has introduced parental controls for its teen accounts, letting parents freeze cards and block spending categories from their own app. The feature rolls out this week."),
    ("BrightPay hires former central bank official as risk chief",
     "BrightPay has appointed Miriam Okafor, who spent twelve years in the central bank's payments division, as chief risk officer, the company said in a statement."),
    ("Digital banks nudge savings rates up as BrightPay lifts easy-access offer",
     "BrightPay raised the rate on its easy-access savings pot by 0.2 percentage points, joining a handful of app-based lenders, including Coinlane, that have lifted rates this month."),
    ("BrightPay to charge for premium card replacements",
     "From March, customers on BrightPay's premium plan will pay a fee for replacement metal cards, according to an email sent to users. Standard replacements remain free."),
    ("BrightPay reports first full-year profit",
     "BrightPay reported its first annual profit, driven largely by card interchange fees and interest income, according to accounts filed this week."),
    ("BrightPay teams up with payroll firm on early wage access",
     "Employees at firms using the payroll provider Paysmith will be able to draw part of their earned wages early into a BrightPay account, the two companies said."),
    ("Young adults trust app banks as much as high street lenders, survey finds",
     "Nearly half of 18 to 30-year-olds say they trust app-only banks such as BrightPay and Coinlane as much as traditional banks, according to a consumer survey."),
])
EN_BP["other"] = socs("other", [
    "Switched my salary over to BrightPay today, let's see how it goes",
    "My sister works at BrightPay and apparently their office has a slide. I have not been invited.",
    "BrightPay ad on the tube this morning with a dog in a tiny suit. No idea what it was advertising exactly",
    "Writing a comparison of app banks for the blog: BrightPay, Coinlane and a couple of the older ones. Up next week.",
    "Just got the BrightPay year in review. Apparently 14% of my money went on coffee. We don't need to talk about it",
    "BrightPay is hiring backend engineers in Manchester if anyone's looking (not affiliated, just saw the post)",
    "Paid at the pub with my BrightPay card and the barman said 'ooh, the pink one'. Brand recognition achieved",
    "New episode: we chat with a BrightPay product lead about why people give up on budgeting apps",
    "Ordering a new Bright Pay card because the old one snapped in my back pocket. rip",
])
EN_BP["complaint"] = socs("complaint", [
    "Third time this month BrightPay has asked me to re-verify my ID. I still look like my passport, promise.",
    "BrightPay's chat bot and I have now been going in circles for twenty minutes. We're practically married.",
    "the BrightPay exchange rate on Sunday was... creative",
    "Would be nice if BrightPay told you the savings rate was changing *before* it changed",
    "BrightPay card got declined at the petrol station, worked fine at the next pump along. Mystery of the universe",
    "Five working days since I asked BrightPay to look at a disputed charge. The charge is still there. So am I.",
    "BrightPay app update logged me out and now wants a selfie video. I'm on a train. Cool.",
    "Not loving that BrightPay moved statements three menus deep",
    "Hey BrightPay, my transfer has said 'processing' since lunch. It's dinner.",
    "£2.50 in fees I didn't know existed. The 'no hidden fees' line on the BrightPay homepage is ageing interestingly",
])
# day 10: card payments declined in shops for one evening (forum + one subreddit)
EN_BP["ordinary"] = [
    (0, "BrightPay card declined at Tesco just now and there's plenty in the account. Anyone else tonight?"),
    (0, "Same here. BrightPay declined twice at a restaurant, my date had to pay. Slightly awkward second date."),
    (1, "BrightPay cards not working in shops tonight? Tapped three times at Boots, nothing. Balance is fine."),
    (0, "Can confirm, contactless with BrightPay isn't going through in Leeds. App lists each attempt as 'declined - try again'."),
    (0, "Mine went through on the third go. Online payments seem fine, it's in-store that's refusing. BrightPay"),
    (1, "BrightPay status page says all systems operational. The card machine at the cinema has a different view."),
    (0, "BrightPay declined at the self checkout. The queue behind me was thrilled."),
    (0, "First time in months I've had to dig out my old bank card. BrightPay card just won't go through in shops this evening."),
    (1, "Seems to be working again? BrightPay card went through at the chippy ten minutes ago. Still not a word from them about what happened."),
]
EN_BP["crisis_early"] = socs("complaint", [
    "Opened BrightPay to check the rent had gone out and my balance says £0.00. Heart actually stopped.",
    "is brightpay showing everyone zero or have I been robbed",
    "BrightPay: £0.00. Main balance, savings pot, holiday pot. All zero. Please tell me this is a display thing",
    "Can't even log into Bright Pay now. It was showing zero five minutes ago, now it's just a spinning wheel.",
    "Anyone else's BrightPay balance at zero?? There was two grand in there this morning",
    "BrightPay card declined at the bakery, app says I have nothing. I'm meant to be buying coffees for the whole team, mate",
    "The BrightPay app has been 'updating balances' for forty minutes. I'd also like to update my balance. To what it was.",
    "sent my landlord £850 on BrightPay and it's gone out twice. TWICE. and the balance says zero. what is happening",
    "BrightPay's status page is a lovely shade of green for a company whose app currently thinks I'm broke",
]) + socs("question", [
    "Should I move money out of BrightPay right now or will that make it worse? genuinely asking",
    "Is BrightPay down? Is there an official statement anywhere? Status page hasn't changed",
    "If a payment went out twice from BrightPay, do I get it back automatically or do I have to chase it?",
]) + socs("other", [
    "Queue of about fifteen people in the BrightPay office reception in Shoreditch. Security are handing out a printed sheet that just says 'we are aware'.",
])
EN_BP["crisis_mid"] = nwss([
    ("BrightPay customers see zero balances in widespread app outage",
     "Customers of the app-based bank BrightPay reported on Monday morning that their accounts were showing balances of zero, with many unable to make card payments. The company said it was 'investigating an issue affecting some customers' and that funds were safe."),
    ("BrightPay outage: customers say transfers were sent twice",
     "Several BrightPay users told this outlet that transfers made during Monday's disruption had been debited twice. BrightPay did not immediately respond to questions about how many payments were affected."),
    ("Live: BrightPay down for hours - what we know so far",
     "BrightPay's app and cards have been disrupted since around 8am. What we know: balances are showing as zero for many users, some payments have been duplicated, and the bank says no money has been lost. This page will be updated."),
    ("What to do if your BrightPay payment went out twice",
     "Consumer advisers say customers should screenshot their transaction history, avoid repeating transfers and keep records of any knock-on costs, such as late fees, while BrightPay fixes the fault."),
    ("BrightPay blames 'technical fault' for balance glitch, rules out cyberattack",
     "In an update shortly before noon, BrightPay said a faulty database update had caused balances to display incorrectly and some payment instructions to be processed twice. It said there was no evidence of a cyberattack."),
]) + socs("complaint", [
    "Brilliant, BrightPay just took my gym membership twice and left me £0 for lunch. Truly a wellness journey.",
    "nothing like being told 'your money is safe' by an app that currently shows you have none of it. cheers BrightPay",
    "Three hours of BrightPay showing zero and not one email, not one push notification. We found out from each other.",
    "My wages went into BrightPay this morning. Or maybe they didn't. Who can say. Certainly not BrightPay.",
    "rent went out twice via bright pay, so now I'm £850 overdrawn on an account that isn't supposed to let me go overdrawn. love that for me",
    "The BrightPay chat says wait times are 'higher than usual'. Position 4,112 in the queue. Higher than usual indeed.",
    "Can't pay for my kid's school trip today because BrightPay has decided I'm a pauper. Thanks.",
    "This is the moment I learn why people keep a second bank account. Lesson received, BrightPay.",
    "Stood at the till with a full trolley and BrightPay declined. Put it all back. Left. Didn't look at anyone.",
    "BrightPay: 'We're sorry for any inconvenience.' A late bus is an inconvenience. This is my entire salary vanishing off a screen.",
    "@trustpilot.com|Used to recommend BrightPay to everyone. This morning my balance read zero for hours and my council tax left twice. One star until someone explains.",
    "Every time I refresh BrightPay I get a different number. 0, then -£312, then 0 again. A slot machine that only pays out anxiety",
    "I have a flight at 6 and my only card is BrightPay. I'll just, sort of, sit here.",
]) + socs("question", [
    "Will BrightPay cover overdraft fees at other banks if a direct debit bounced because of this?",
    "My mum got a text saying 'BrightPay: verify your account to restore your balance'. That's a scam, right? They're already at it",
]) + socs("other", [
    "Little café on our street has put a sign up: 'cash or other cards only - BrightPay not working'. Owner says half her regulars use it.",
])
EN_BP["crisis_late"] = nwss([
    ("Financial watchdog contacts BrightPay over outage",
     "The financial regulator said it was 'in contact with BrightPay' and had asked for information on the cause of Monday's disruption, the number of duplicated payments and how affected customers would be compensated."),
    ("MP demands answers after BrightPay glitch leaves customers 'locked out of their own money'",
     "The chair of the Treasury committee said she would write to BrightPay's chief executive asking why customers were not told sooner and what safeguards failed."),
    ("BrightPay restores service but duplicate payments will take days to reverse",
     "BrightPay said on Monday afternoon that balances were displaying correctly again for most customers. Duplicate transfers will be reversed 'within three working days', the bank said, and it will refund charges caused by the fault."),
    ("BrightPay boss apologises: 'We let our customers down'",
     "BrightPay chief executive Tom Ashdown apologised in a video posted to social media, saying the outage was 'not good enough' and promising an independent review."),
    ("Outage raises questions over resilience of app-only banks",
     "Monday's BrightPay disruption, which left many customers unable to pay for goods for several hours, has renewed debate over whether fast-growing digital banks have adequate backup systems."),
]) + socs("complaint", [
    "BrightPay's back. Balance is right. The rent is still gone twice. 'Within three working days' is doing a lot of heavy lifting.",
    "Appreciate the CEO's apology video but I'd appreciate my £850 more, BrightPay",
    "The regulator getting involved is the first thing today that's made me feel better, which says a lot about BrightPay's comms",
    "Balance is back but now I've got two late fees from other companies. Who's paying those, BrightPay?",
]) + socs("question", [
    "Is BrightPay paying compensation for today? Anyone know how you claim?",
    "Genuine question: is my money actually protected if something like the BrightPay thing goes properly wrong? Deposit guarantee wise?",
]) + socs("praise", [
    "Bit of perspective: BrightPay has been rock solid for me for four years. One bad morning and people are acting like it ran off with their savings.",
    "My old high street bank was down for two days in 2023 and nobody got an apology video. BrightPay fixed theirs in a morning. Just saying.",
    "Mine's all back and the duplicate payment has already been reversed. Annoying day but they sorted it. BrightPay still ok in my book",
]) + socs("other", [
    "Everyone shouting at BrightPay support staff online: they didn't write the database migration. Be kind.",
])
# (day index, entry)
EN_BP["after_keys"] = ["BrightPay's back", "CEO's apology", 'Balance is back', "Mine's all back", 'restores service', 'boss apologises', 'paying compensation']
EN_BP["followups"] = [
    (15, nws("BrightPay says duplicate payments reversed as watchdog review continues",
             "BrightPay said on Tuesday that all duplicated transfers from Monday's outage had been reversed. The financial regulator said its review of the incident was ongoing.")),
    (15, soc("complaint", "Day two. BrightPay says the duplicate is reversed. My app says pending. My landlord says 'ok' in a way I don't love.")),
    (15, soc("question", "Has anyone actually had the goodwill payment from BrightPay yet?")),
    (16, nws("BrightPay to pay £50 to customers hit by outage",
             "BrightPay will pay £50 to every customer who was unable to use their account during Monday's outage, on top of refunding any charges caused by the fault, the bank said.")),
    (16, soc("complaint", "Moved my salary back to my old bank. Not furious at BrightPay, I just don't fancy another Monday like that.")),
    (17, soc("other", "Wrote up what I learned from the BrightPay outage: keep a backup card, keep a bit of cash, screenshot everything.")),
    (18, soc("praise", "Got the BrightPay goodwill payment and they refunded the late fee from my other bank too. Fair enough, that's decent.")),
]


# ---------------------------------------------------------------------------
# en-dashly
# ---------------------------------------------------------------------------
EN_DA = dict(
    stem="en-dashly", lang="en", brand="Dashly",
    aliases=["Dashly", "Dashly Eats", "대슐리"],
    competitors=["GrubRun", "배달곰"],
    social=["x.com", "reddit.com", "threads.net", "bsky.app", "mastodon.social",
            "trustpilot.com", "forums.takeawaytalk.net"],
    news=["metrotribune.com", "northernpost.co.uk", "citydesk.news", "techpulse.io",
          "consumerwatch.org", "foodtradejournal.com"],
    subreddits=["manchester", "london", "AskUK", "CasualUK"],
    ordinary_sources=["reddit.com", "mastodon.social"],
    ordinary_start=(18, 55), crisis_start=(11, 5), crisis_minutes=335,
)
EN_DA["domain"] = socs(None, [
    "GrubRun delivery fee was more than the actual burrito. Reader, I still ordered it.",
    "Cooking at home every night this week to save money. It's Wednesday. I'm tired.",
    "Best takeaway order of all time is the one where they chuck in extra prawn crackers without asking",
    "GrubRun rider just did a wheelie with my soup on the back. Soup survived. Mostly.",
    "If a restaurant's hygiene rating isn't on the door I assume it's a 1. Sorry, I make the rules",
    "Anyone tried that new ramen place by the station? Queue was round the block",
    "Meal prep Sunday: made five portions of chilli, ate three of them on Sunday",
    "Apparently 배달곰 in Korea gets food to you in 15 minutes flat. Meanwhile my curry is on a gap year",
    "My local chippy has started doing its own deliveries on a cargo bike. Supporting local, obviously.",
    "Is tipping couriers in cash still the best way to make sure they actually get it?",
    "GrubRun's new 'surprise me' button sent me a single cold falafel. I was surprised.",
]) + nwss([
    ("GrubRun cuts delivery fees as price war heats up",
     "GrubRun said it would scrap delivery fees on orders over £15 in 20 cities, the latest move in an increasingly costly battle for customers among delivery apps."),
    ("Takeaway spending rose 6% last year, survey finds",
     "Households spent an average of £1,140 on takeaways last year, up 6%, with Friday remaining the busiest night for orders."),
    ("Council hygiene inspections fall behind target",
     "Nearly a third of councils failed to inspect food businesses on schedule last year because of staff shortages, a trade body said."),
    ("Gig workers' union reports record membership",
     "A union representing couriers and drivers said its membership had doubled in a year, as winter pay disputes spread across the sector."),
    ("Korean delivery giant 배달곰 (Baedalgom) to test robot couriers",
     "The South Korean delivery platform said it would trial sidewalk robots for short deliveries in two apartment complexes outside Seoul."),
    ("What are 'dark kitchens'? How one unit can run five takeaway brands",
     "Delivery-only kitchens, which cook for several online brands from a single site, have spread rapidly. Critics say customers are rarely told where their food is made."),
], label=None)
EN_DA["lookalike"] = [soc(None, "Happy birthday to my cousin Dashlyn, the only person I know who irons her jeans. Cake at hers, 7pm.")]
EN_DA["praise"] = socs("praise", [
    "Dashly got my pho here in 19 minutes and it was still too hot to eat. Living the dream.",
    "The Dashly courier saw I'd written 'baby asleep, please don't knock' and texted instead. Hero.",
    "Dashly refunded a missing side of chips without making me photograph the absence of chips. Respect.",
    "Dashly's group order thing where everyone adds their own bit and pays separately has ended the office lunch wars",
    "honestly the Dashly grocery add-on has saved me so many 9pm 'we have no milk' trips",
    "Dashly Eats membership paid for itself in about two weeks. Not proud of that statistic but here we are",
    "Shoutout to the Dashly rider who carried my order up five flights because the lift was broken. Tipped double.",
    "The new Dashly filter for 'actually vegetarian, not just a side salad' is great, found three places I didn't know",
    "Dashly's live map is weirdly soothing. Watching a little scooter inch towards my curry.",
    "Ill in bed and Dashly brought soup and paracetamol from the pharmacy in one order. Genuinely grateful.",
    "Dashly remembered my usual from the Turkish place and it's a one-tap reorder now. Dangerous. Wonderful.",
    "fair play to Dashly, showing the restaurant's hygiene rating right on the menu page is a good move",
    "Two years on Dashly, maybe two wrong orders in total, both sorted within minutes.",
    "The Dashly late-night breakfast menu has fixed my shift-work life",
    "Dashly says tips go 100% to the rider and actually prints it on the receipt. Nice.",
    "Showed the in-laws Dashly Eats over Christmas and now they've all downloaded it. Sorry to their local chippy",
    "Love that Dashly lets you tick 'no cutlery, no napkins, no bag'. The drawer of plastic forks is finally retired.",
])
EN_DA["question"] = socs("question", [
    "Does Dashly deliver to university halls or do I have to meet them at the gate?",
    "Can you schedule a Dashly order for the next morning? Want breakfast to turn up on my partner's birthday.",
    "Is Dashly more expensive than ordering direct from the restaurant? The menu prices look a bit higher.",
    "How do Dashly couriers get paid, per drop or per hour? Thinking of signing up",
    "Does Dashly have a student discount or am I dreaming",
    "If a Dashly order is really late, do you get anything back or is that just life",
    "Anyone know if Dashly Eats membership covers grocery deliveries too?",
    "Can I pay a Dashly rider in cash? My nan doesn't do cards.",
    "Is Dashly in Bristol yet or still just London and Manchester?",
    "How does Dashly decide which courier gets your order? Mine always seem to come from miles away",
    "Does Dashly list allergens for every dish? Nut allergy in the house, want to be sure.",
    "Dashly or GrubRun for a big group order on Saturday night? 12 of us",
    "Can restaurants see the rating you give them on Dashly? Asking because I may have been harsh",
])
EN_DA["qnews"] = nwss([
    ("Dashly to launch in six more cities",
     "Food delivery app Dashly said it will launch in six more cities this spring, including Cardiff and Newcastle, bringing its coverage to 28 urban areas."),
    ("Dashly trials drone drop-offs in Milton Keynes",
     "Dashly has started a limited trial of drone deliveries for small grocery orders in parts of Milton Keynes, with flights capped at two kilometres."),
    ("Dashly to show hygiene ratings on every restaurant page",
     "Dashly said all restaurants on its app will display their official food hygiene rating from next month, a move welcomed by consumer groups."),
    ("Cold snap keeps diners home as Dashly posts record December",
     "Dashly said December was its busiest month on record, with orders up 22% on the year as freezing weather kept people indoors."),
    ("Dashly signs exclusive deal with burger chain",
     "Dashly has signed an exclusive delivery deal with burger chain Patty Bros, meaning its 40 restaurants will disappear from rival apps including GrubRun from February."),
    ("Couriers' union opens talks with Dashly on winter pay",
     "A union representing app-based couriers said it had begun talks with Dashly over a winter pay supplement. Dashly said it valued its couriers and was 'engaging constructively'."),
    ("Dashly Eats membership price to rise by £1",
     "The monthly price of Dashly's subscription, which offers free delivery on orders over £12, will rise to £7.99 from March."),
    ("Dashly hires supermarket executive to run grocery arm",
     "Dashly has appointed Priya Raman, formerly of a major supermarket chain, to lead its fast-growing grocery delivery business."),
])
EN_DA["other"] = socs("other", [
    "Deleted Dashly for January. Day four. Thinking about it a normal amount.",
    "My flatmate just started as a Dashly courier. Apparently the bag smells permanently of chips",
    "Dashly billboard outside my window says 'Dinner is a state of mind'. It is not. It is a meal.",
    "Working on a piece comparing delivery fees on Dashly, GrubRun and a couple of smaller apps. DM me if you've got receipts.",
    "Dashly year-in-review says my top dish was 'garlic naan'. Accurate, no notes.",
    "Three Dashly scooters parked outside the same kebab shop at 2am. Community.",
    "The new Dashly ad with the singing dumplings is stuck in my head and I resent it",
    "Anyone else get the Dashly survey asking for your 'ideal delivery window'? I put 'now'",
    "Dashly Eats is sponsoring our five-a-side league now. The shirts have a little scooter on them lol",
])
EN_DA["complaint"] = socs("complaint", [
    "Dashly said 25 minutes. Dashly then said 40. Dashly now says 'arriving soon'. I'm learning patience.",
    "Ordered a large pizza on Dashly. Received a medium pizza, delivered with confidence.",
    "The Dashly 'service fee', 'small order fee' and 'busy area fee' are having a lovely little party on my receipt",
    "Dashly courier left my food at a door. Not my door. A door.",
    "Love how Dashly marks it 'delivered' while the map shows the rider two miles away",
    "Dashly support gave me £1.50 credit for a completely missing main. Very generous, I'll have it framed.",
    "My Dashly curry arrived at room temperature. The room is cold.",
    "Dashly keeps sending me 'your favourite!' notifications for a place I ordered from once, by mistake",
    "Dashly: drinks sold out. Dashly, five minutes later: would you like to add a drink?",
])
# day 10: late deliveries in one city (one subreddit + one mastodon account)
EN_DA["ordinary"] = [
    (0, "Is Dashly just broken in Manchester tonight? Ordered at 7, it's 8:20 and it still says 'finding a courier'"),
    (0, "Same in Didsbury. Dashly keeps pushing my ETA back ten minutes at a time, like a snooze button."),
    (1, "Manchester folks: Dashly is doing that thing again where orders just sit at 'preparing'. The restaurant says it was cooked 40 minutes ago."),
    (0, "Got my Dashly order 85 minutes after placing it. The noodles have become one noodle."),
    (0, "Northern Quarter here. Dashly cancelled after an hour, no explanation, refund 'in 3-5 days'"),
    (0, "Restaurant told me the food's been on the counter for 40 minutes waiting for a Dashly rider. Rain plus no couriers, I'm guessing"),
    (1, "Dashly has just sent me a 'sorry it's taking longer!' notification with a winking emoji. Not the moment."),
    (0, "Chorlton: Dashly order turned up stone cold, 70 minutes late. Rider said they'd stacked four drops on him."),
    (0, "Gave up on Dashly and walked to the chippy. Twelve minutes round trip."),
]
EN_DA["crisis_early"] = socs("complaint", [
    "Whole office ordered Dashly on Saturday, same place, 'Golden Wok Express'. Five of us have been ill since yesterday. Anyone else?",
    "Been up all night. The only thing I ate yesterday was a Dashly chicken bowl. Not saying, just saying.",
    "Loads of people in the local Facebook group are ill after Dashly orders at the weekend. Different restaurant names but... the same address?",
    "Ordered 'Nonna's Kitchen' pasta on Dashly. Turns out it's cooked in the same dark kitchen as 'Seoul Bowl' and 'Smokehouse 88'. Found that out from a council notice, not from Dashly.",
    "And now there are no couriers either? Dashly order cancelled 'due to high demand'. Apparently the couriers are out on strike.",
    "Dashly pushing me a 20% off lunch code today, of all days, is a bold marketing choice",
    "My little one has been sick since Sunday after Dashly nuggets. I reported it Sunday morning. Automated reply. That's it.",
]) + socs("question", [
    "If I ate Dashly from the Harbour Street place on Saturday and feel fine, am I in the clear? How long does this take to show up?",
    "Has Dashly said anything?? My brother's in hospital and their support chat just says 'thanks for your patience'",
    "Is it safe to order anything from Dashly right now or should I just avoid it for the week?",
]) + socs("other", [
    "Those 'five different restaurants' on Dashly near me all share one unit on Harbour Street. One kitchen, five logos.",
    "A&E waiting room at St Mary's and I swear half of us ordered Dashly on Saturday. The nurse asked 'which app?' before I'd said anything.",
    "A couple of hundred Dashly couriers parked up outside the Dashly office on Canal Road, horns going. Banner says 'Safe pay, safe food, safe roads'.",
])
EN_DA["crisis_mid"] = nwss([
    ("Dozens ill after meals from delivery kitchen used by Dashly",
     "Health officials are investigating a cluster of suspected food poisoning cases linked to a shared 'dark kitchen' that supplies several brands listed on the delivery app Dashly. At least 34 people have reported symptoms after eating meals delivered on Saturday."),
    ("Council shuts Harbour Street kitchen supplying Dashly brands",
     "Environmental health officers served an emergency closure notice on Monday on a commercial kitchen on Harbour Street that prepared food for at least five restaurant brands sold through Dashly."),
    ("Dashly couriers strike over pay as food scare grows",
     "Hundreds of Dashly couriers logged off on Monday in a strike over winter pay, union organisers said, leaving many orders undelivered on the same day the app faced questions over a food poisoning outbreak."),
    ("Live: Dashly food poisoning outbreak and courier strike - latest",
     "The latest: health officials say there are 34 suspected cases, one kitchen has been closed, Dashly couriers are on strike in three cities, and the company says it has 'paused' the affected brands."),
    ("Dashly pauses five 'virtual restaurants' linked to outbreak",
     "Dashly said it had removed five brands operated from a single kitchen while officials investigate and would refund affected orders. The company did not say why the brands had been listed as separate restaurants."),
]) + socs("complaint", [
    "So the 'five independent restaurants' Dashly kept recommending me were one kitchen the whole time. Cool. Love a bit of theatre with my salmonella.",
    "Dashly's statement says they take food safety 'extremely seriously'. Seriously enough to say nothing for two days, apparently.",
    "Dashly gave me a £5 voucher for the meal that put me in bed for two days. Let me just spend that on... more Dashly?",
    "The couriers have been telling Dashly for weeks they can't make rent. Today everyone finds out what the app is without them.",
    "Trying to count how many times I ordered from 'Seoul Bowl'. Dashly never once mentioned it was a shared kitchen.",
    "Dashly today: 'No couriers available.' Dashly yesterday: 'Your favourite! Order again!' I'm fine. Mostly.",
    "@trustpilot.com|Five years a Dashly customer. My partner is on a drip after Saturday's order and the only contact has been a chatbot. One star.",
    "the way dashly hid that half its 'restaurants' are one industrial unit behind a retail park",
    "Reported the food poisoning and Dashly support asked me to 'rate my experience'. One star, and I wasn't even trying to be funny.",
    "Dashly is currently a food poisoning app with no delivery. Impressive pivot.",
    "Nothing against the couriers striking, but Dashly letting me order and pay and then cancelling an hour later? Come on",
    "Seeing Dashly trending next to 'outbreak' and 'strike' on a Monday is very on brand for 2027",
    "Dashly Eats members paying monthly for the privilege of a mystery kitchen. Cancelled mine, obviously.",
]) + socs("question", [
    "Don't Dashly restaurants have to tell you if the food comes out of a shared kitchen? Feels like that should be law.",
    "Is anyone organising a group claim against Dashly? My dad's still in hospital.",
]) + socs("other", [
    "Drove past Harbour Street: council seal on the shutter, two Dashly bags still sitting by the bins.",
])
EN_DA["crisis_late"] = nwss([
    ("Food standards body demands answers from Dashly over 'virtual brands'",
     "The food standards regulator said it had written to Dashly asking how many brands on its platform are prepared in shared kitchens and how customers are told."),
    ("Dashly boss apologises, promises to label shared kitchens",
     "Dashly chief executive Ben Carver apologised to customers who fell ill and said the app would start showing when several brands are cooked in the same kitchen."),
    ("Union says Dashly strike will go on until pay talks reopen",
     "The couriers' union said the walkout would continue on Tuesday unless Dashly agreed to reopen negotiations on winter pay."),
    ("Suspected cases in Dashly-linked outbreak rise to 51",
     "The number of people reporting symptoms after eating food from the Harbour Street kitchen rose to 51 on Monday afternoon, health officials said. Six people have been admitted to hospital."),
    ("Analysis: Dashly's double crisis exposes cracks in the delivery model",
     "A food safety scare and a courier strike on the same day have put the spotlight on how delivery apps like Dashly manage the kitchens and workers they rely on but do not employ."),
]) + socs("complaint", [
    "Dashly's CEO apology would land better if they'd sent it to the people who got ill instead of posting it on LinkedIn",
    "'We will label shared kitchens going forward.' Going forward. Going backwards, my Saturday is still ruined, Dashly.",
    "Dashly refunding the meal but not the two days off work. Noted.",
    "Honestly the couriers are the only people in this Dashly story who've been straight with anyone",
]) + socs("question", [
    "How do I get a refund for a Harbour Street order through Dashly? The form keeps bouncing me back to the help centre",
    "Will the Dashly strike still be on tomorrow? Need to know whether to just cook (shudder)",
]) + socs("praise", [
    "Ordered Dashly from my local Thai place (real restaurant, real building) tonight, it came, it was lovely. Not every kitchen is Harbour Street.",
    "For what it's worth my Dashly refund came through within the hour. Support seems to be trying, they're just swamped.",
]) + socs("other", [
    "Not defending the kitchen, but Dashly is a delivery app, not the council inspector. That kitchen had a 4-star rating until last week.",
    "Solidarity with the Dashly couriers. Not ordering anything tonight, least I can do.",
])
EN_DA["after_keys"] = ['Dashly boss apologises', 'CEO apology', 'going forward', 'refund came through', 'refunding the meal']
EN_DA["followups"] = [
    (15, nws("Dashly outbreak: kitchen operator says it passed hygiene checks",
             "The company that ran the Harbour Street kitchen said it had passed all recent inspections and was cooperating with investigators. Dashly said it would keep the five brands offline.")),
    (15, soc("complaint", "Still waiting on that Dashly refund. 'Within 24 hours' was 30 hours ago.")),
    (15, soc("question", "Is the Dashly strike over? Been 'searching for a courier' for 25 minutes")),
    (16, nws("Dashly agrees to reopen pay talks as couriers end strike",
             "Couriers returned to work on Wednesday after Dashly agreed to resume negotiations over winter pay, the union said.")),
    (16, soc("other", "Haven't opened Dashly since Monday. Cooking now. Badly. But safely.")),
    (17, soc("complaint", "Dashly now marks shared kitchens with a label. A tiny label. In light grey.")),
    (18, soc("praise", "Credit where it's due: the Dashly refund and a proper apology email arrived for my mum today. Took a while but they did it.")),
]


# ---------------------------------------------------------------------------
# Korean generic (non-brand) material
# ---------------------------------------------------------------------------
KO_CHAT = [
    "1월 왜 이렇게 길어… 아직 2주밖에 안 지났다고?",
    "윗집 크리스마스부터 트럼펫 연습 중인데 실력이 안 늚 ㅠㅠ",
    "처음으로 사워도우 구웠는데 돌덩이 나옴 ㅋㅋ 그래도 뿌듯",
    "지하철 지연에 버스까지 만차… 오늘 출근 무슨 극기훈련임",
    "그 드라마 시즌2가 시즌1보다 낫다 반박 안 받음",
    "우리 고양이 새벽 4시 45분에 밥 달라고 깨움. 협상 불가",
    "렌틸콩 수프 맛있게 끓이는 법 아시는 분… 건강한 맛 말고 맛있는 맛으로요",
    "태어나서 처음으로 5km 안 쉬고 뛰었다. 다리는 이제 장식",
    "제빵 예능 보다가 케이크 무너지는 거 보고 같이 울었음",
    "2027년인데 프린터 드라이버는 왜 아직도 이 모양인가요",
    "목요일에 눈 온대. 2cm 와도 도로 마비되겠지",
    "작년 겨울 패딩 주머니에서 만원 발견 ㅋㅋ 올해 최고의 날",
    "집주인이 보일러 고치는 데 3주 걸리는 거 정상인가요? 제가 예민한 건지",
    "조카(3살)가 '사실은'이라는 말 배워서 나한테 계속 씀 ㅋㅋㅋ",
    "1000피스 퍼즐 다 맞췄는데 한 조각 없음. 그럴 줄 알았다",
    "요즘은 다 40분짜리 영상이라 텍스트 커뮤가 그립다",
    "'곧 봬요'를 '곧 봐요'로 팀장님께 보냄… 퇴사각",
    "동네 도서관에 씨앗 도서관 생겼대. 토마토 씨 빌리면 토마토로 갚는 건가",
    "금주 6일차인데 탄산수 얘기만 하는 사람이 돼버림",
    "뛰어오는 거 보고 버스 기사님이 기다려주심. 오늘 하루 버틸 힘 생김",
    "민트초코 논쟁 또 시작됐네 ㅋㅋ 난 극호",
    "할아버지랑 바둑 중계 보는데 해설보다 할아버지 해설이 더 어려움",
    "옆집 애들이 만든 눈사람이 택배 기사님이랑 똑같이 생김 ㅋㅋㅋ",
    "엑셀만 켜면 노트북 팬이 비행기 이륙 소리 냄 왜죠",
    "회사 동기들이랑 방탈출 갔는데 꼴찌함. 대신 경품 당첨. 균형",
    "보일러 틀고 귤 까먹으면서 빗소리 듣는 일요일 최고",
    "월요일 첫 출근인데 사람 이름 10분 만에 까먹지 않는 팁 있나요",
    "전체 회신으로 'ㅋㅋ' 보냄… 바다로 이사 갑니다",
    "문어 심장이 세 개래. 하루 종일 그 생각만 함",
    "어제 축구 얘기는 하지 마세요. 부탁입니다",
    "집 앞 포트홀 드디어 메웠는데 다음날 또 파헤침 ㅋㅋ",
    "까먹고 있던 택배 왔을 때 그 기쁨 뭐라고 불러야 함",
    "스탠딩 데스크 샀음. 이제 스탠딩 데스크랑 아픈 발이 생김",
    "약관 끝까지 읽는 사람 실제로 존재함? 다들 그냥 동의 누르잖아",
    "애가 달이 왜 차 따라오냐고 물어서 '우리 좋아해서'라고 해버림",
    "식물한테 관심 끊었더니 오히려 잘 자람. 뭔가 교훈이 있는 듯",
    "영화 한 편에 팝콘까지 하면 거의 3만원… 극장 가기 무섭다",
    "4시간 운전할 때 들을 팟캐스트 추천 좀요. 범죄 얘기 말고 ㅠ",
    "1월 헬스장이랑 3월 헬스장은 사회실험임",
    "과자 봉지 질소만 점점 늘어나는 거 나만 느낌?",
    "동료가 6년째 '짜장면' 아니고 '자장면'이 맞다고 고집함. 우정 끝",
    "1월 버티려고 6월 여행 예약함 ㅋㅋ",
    "폰 바꾸다 연락처 다 날아감. 저 아시는 분 연락 좀 주세요",
    "할머니 김치 레시피: '소금 적당히'. 위대한 문서",
    "치즈 냉동 보관 된다는 거 오늘 앎. 인생 바뀜",
    "우리 집 인터넷만 밤 8시에 딱 끊기는 거 왜 그래요",
    "작은방 페인트칠 중인데 벌써 색깔 세 번 후회함",
    "냉장고 문 열고 뭘 찾으러 왔는지 까먹음. 아니 내가 누군지도",
    "러닝 플랜에 '가볍게 달리기'라고 써 있는데 그런 건 존재하지 않음",
    "대학 이후 처음으로 책 한 권 앉은 자리에서 다 읽음. 차 두 번 식음",
    "강아지가 간식 서랍 여는 법 터득함. 이제 우리가 얹혀사는 중",
    "스몰 사이즈 시켰는데 양동이가 나옴 ㅋㅋ 불만 없음",
    "연말정산 하다가 소리 지르는 사람 있으면 그게 나예요",
    "중고거래로 멀쩡한 패딩 만원에 득템함 ㅎㅎ",
    "동네 정전 한 시간 됐는데 다들 밖에 나와서 수다 떰. 이상하게 좋았음",
    "약속 취소하고 집에 있어도 괜찮아요. 방금 그런 사람이 말합니다",
    "단톡방에서 식세기 그릇 넣는 법으로 두 시간째 싸우는 중",
    "화재경보기 배터리는 왜 꼭 새벽 3시에 닳냐",
    "영어 앱 공부 시작함. '고양이가 우유를 마십니다'는 완벽하게 말할 수 있음",
    "오늘 점심 뭐 먹지가 인생 최대 고민",
    "전기장판 발명한 사람 상 줘야 됨 진짜",
    "아파트 단톡방 90%는 주차 얘기, 10%는 고양이 찾는 글",
]

KO_GNEWS = [
    ("한파 다음 주까지 이어져…중부 아침 영하 12도",
     "기상청은 이번 한파가 다음 주 초까지 이어지겠다고 예보했다. 중부 내륙은 아침 최저기온이 영하 12도 안팎까지 떨어지겠으며, 도로 결빙에 주의가 필요하다."),
    ("서울시, 도심 자전거전용도로 확충안 의결",
     "서울시의회는 도심 순환도로를 따라 분리형 자전거도로를 설치하는 안건을 통과시켰다. 공사는 올여름 시작될 예정이다."),
    ("열차 지연 일주일째…'신호 장애·인력 부족 겹쳐'",
     "철도 운영사는 신호 장애와 인력 부족으로 일주일 새 400여 편의 열차가 지연되거나 취소됐다고 밝히고 사과했다."),
    ("12월 아파트값 보합…'관망세 지속'",
     "지난달 전국 아파트 매매가격은 전월과 같은 수준을 유지했다. 대출 금리 부담으로 매수 심리가 살아나지 않고 있다는 분석이다."),
    ("지역 박물관, 2년 리모델링 마치고 재개관",
     "2025년부터 휴관했던 시립박물관이 지역사 전시관을 새로 꾸며 문을 다시 열었다. 시민은 무료로 관람할 수 있다."),
    ("소비자물가 2.8% 상승…석 달 만에 둔화",
     "지난달 소비자물가 상승률이 2.8%로 전월보다 0.2%포인트 낮아졌다. 석유류 가격 하락이 영향을 미쳤다."),
    ("대형병원 수술 대기 환자 석 달째 감소",
     "예정 수술 대기 환자가 석 달 연속 줄었지만, 의료계는 겨울철 환자 증가로 다시 늘 수 있다고 우려했다."),
    ("하천에 오수 무단 방류한 업체에 과징금",
     "환경당국은 3년간 하천 두 곳에 오수를 무단 방류한 업체에 과징금 32억원을 부과했다."),
    ("반으로 접는 노트북 공개…봄 출시 예정",
     "화면을 문고본 크기로 접을 수 있는 노트북이 이번 주 가전 전시회에서 공개돼 관람객의 관심을 끌었다."),
    ("교육부, 학교 내 휴대전화 사용 지침 새로 마련",
     "교육부는 수업 시간 휴대전화 사용 제한에 관한 새 지침을 일선 학교에 내려보낼 예정이라고 밝혔다."),
    ("프로축구 구단, 7경기 무승에 감독대행 체제",
     "구단은 최근 7경기에서 승리하지 못하자 수석코치에게 임시로 지휘봉을 맡겼다."),
    ("4월 전기요금 인하 가능성…업계 전망",
     "국제 가스 가격이 안정되면서 4월부터 가정용 전기요금이 4%가량 내려갈 수 있다는 전망이 나왔다."),
    ("6개월 늦어진 대교 드디어 개통",
     "총사업비 800억원이 투입된 대교가 홍수와 자재 수급난으로 예정보다 반년 늦게 차량 통행을 시작했다."),
    ("대형마트, 전국 12개 점포 폐점 결정",
     "대형마트 업체는 도심 소형 점포를 중심으로 12곳을 정리하기로 했다. 직원들은 인근 점포로 전환 배치된다."),
    ("심해 열수구서 '철 껍데기' 달팽이 신종 발견",
     "대서양 심해 열수구를 조사하던 연구진이 철 성분 껍데기를 가진 새로운 달팽이 종을 보고했다."),
    ("공항 이용객, 코로나 이전 수준 회복",
     "지난해 공항 이용객 수가 2019년을 처음으로 넘어섰다. 단거리 해외여행 수요가 회복을 이끌었다."),
    ("도심 너구리 출몰 잇따라…'먹이 주지 마세요'",
     "도심 공원과 주택가에 너구리 출몰 신고가 늘어나면서 구청이 주민들에게 주의를 당부했다."),
    ("기준금리 연 3.0% 동결…금통위원 3명은 인하 의견",
     "한국은행 금융통화위원회는 기준금리를 동결했다. 위원 가운데 3명은 인하가 필요하다는 소수의견을 냈다."),
    ("여름 음악 페스티벌 1차 라인업 공개",
     "주최 측은 재결합한 90년대 밴드를 포함한 1차 라인업을 공개하고 다음 주 금요일부터 예매를 시작한다고 밝혔다."),
    ("택배노조 파업 철회…막판 합의",
     "택배노조는 사측과 수정된 임금안에 합의하면서 예고했던 파업을 철회했다."),
    ("하천변 마을 홍수 방어벽 완공",
     "2024년 침수 피해를 입었던 마을에 120억원 규모의 홍수 방어벽이 완공됐다."),
    ("편의점 업계, 인건비 부담에 무인 점포 확대",
     "인건비 상승에 대응해 주요 편의점 업체들이 야간 무인 운영 점포를 올해 두 배로 늘릴 계획이다."),
    ("전시장서 1967년식 클래식카 도난…경찰 공개수사",
     "경찰은 9000만원 상당의 클래식카가 밤사이 전시장에서 사라졌다며 목격자 제보를 요청했다."),
    ("단기 임대 규제 공청회 열려",
     "관광지 주택난을 이유로 숙박용 단기 임대 등록제를 도입하는 방안에 대한 공청회가 열렸다."),
    ("'자기 전 스마트폰' 청소년 수면 40분 줄인다",
     "밤 11시 이후 스마트폰을 사용한 청소년은 그렇지 않은 또래보다 평균 40분 덜 잔다는 연구 결과가 나왔다."),
    ("시립교향악단, 예산 삭감에 지방 순회공연 취소",
     "교향악단 측은 지원금이 20% 줄면서 올해 지방 공연을 진행하기 어렵게 됐다고 밝혔다."),
    ("전기차 판매 비중 12월 역대 최고",
     "지난달 신규 등록 차량 가운데 전기차 비중이 30%에 육박한 것으로 집계됐다."),
    ("강풍에 여객선 운항 전면 통제",
     "서해안에 초속 20m가 넘는 강풍이 불면서 섬을 오가는 여객선 운항이 모두 중단됐다."),
    ("폐주차장 활용 수직농장 스타트업 투자 유치",
     "비어 있는 주차 건물에서 LED 조명으로 채소를 키우는 스타트업이 올해 4곳을 추가로 열 계획이다."),
    ("주민 투표로 크리스마스 조명 2월까지 유지",
     "상점가 크리스마스 조명을 2월까지 켜두자는 의견이 온라인 투표에서 압도적으로 많았다."),
]


# ---------------------------------------------------------------------------
# ko-brightpay
# ---------------------------------------------------------------------------
KO_BP = dict(
    stem="ko-brightpay", lang="ko", brand="BrightPay",
    aliases=["BrightPay", "Bright Pay", "브라이트페이"],
    competitors=["Coinlane", "한결페이"],
    social=["x.com", "theqoo.net", "clien.net", "ppomppu.co.kr", "dcinside.com",
            "instiz.net", "blog.naver.com", "fmkorea.com"],
    news=["kfinancenews.co.kr", "seoulilbo.kr", "econotoday.co.kr", "itdaily.kr",
          "newsone.kr", "kbizwire.co.kr"],
    subreddits=[],
    ordinary_sources=["clien.net", "ppomppu.co.kr"],
    ordinary_start=(11, 5), crisis_start=(1, 3), crisis_minutes=325,
)
KO_BP["domain"] = socs(None, [
    "한결페이 장보기 캐시백 생겼대서 흔들리는 중",
    "은행은 절대 '안전계좌로 옮기세요' 안 합니다. 그런 전화 오면 바로 끊으세요",
    "공항 라운지 때문에 프리미엄 카드 만드는 거 가치 있음?",
    "한결페이 앱 개편하고 버튼 위치 다 바뀜. 손이 기억을 못 함",
    "아직도 종이 통장 쓰는 사람? 우리 아빠만 그런가",
    "월급날 자동이체로 적금 걸어둠. 미래의 나 고마워해라",
    "Coinlane이라고 영국 앱 은행 있던데 한국엔 언제 들어오려나",
    "가계부 앱 카테고리 정리하다가 현타 옴",
    "은행 앱은 왜 다 피드를 만들어… 잔액만 보여달라고",
    "은행 사칭 문자 왔는데 은행 이름에 오타 있음 ㅋㅋ 노력 좀 하세요",
    "한결페이 고객센터 5분 만에 카드 문제 해결해줌. 올해 첫 친절 경험",
    "교통카드 충전 까먹고 개찰구에서 삑— 뒷사람한테 죄송했습니다",
]) + nwss([
    ("한결페이, 600억원 투자 유치…대출 사업 확대",
     "간편결제 업체 한결페이가 600억원 규모의 투자를 유치했다. 회사는 개인 신용대출 사업을 키우고 인력 200명을 추가 채용할 계획이다."),
    ("기관 사칭 보이스피싱 피해액 18% 증가",
     "지난해 금융기관·수사기관을 사칭한 보이스피싱 피해액이 전년보다 18% 늘었다. 당국은 의심 전화는 끊고 공식 번호로 다시 확인하라고 당부했다."),
    ("현금 결제 비중 역대 최저…고령층 5명 중 1명은 여전히 현금",
     "지난해 전체 결제에서 현금이 차지한 비중은 9%에 그쳤지만, 성인 5명 중 1명은 여전히 현금에 의존한다고 답했다."),
    ("간편결제 사기 피해 환급 기준 마련",
     "금융당국은 간편결제 업체가 사기 피해자에게 5영업일 안에 환급하도록 하는 기준을 발표했다."),
    ("오픈뱅킹 이체 월 2천만 건 돌파",
     "오픈뱅킹을 통한 계좌 간 이체 건수가 지난달 처음으로 월 2천만 건을 넘어섰다."),
    ("영국 앱 은행 Coinlane, 아시아 진출 검토",
     "영국의 모바일 금융사 Coinlane이 아시아 시장 진출을 검토하고 있으며 한국 당국과도 초기 접촉을 했다고 밝혔다."),
], label=None)
KO_BP["lookalike"] = []
KO_BP["praise"] = socs("praise", [
    "브라이트페이 더치페이 기능 진짜 편함 ㅋㅋ 회식 끝나고 정산 10초컷",
    "월급 브라이트페이로 받는데 아침 6시에 들어와서 기분 좋게 출근함",
    "브라이트페이 잔돈 모으기로 몰래 40만원 모였음 ㄷㄷ 나 부자였네",
    "일요일 밤에 브라이트페이 상담 넣었는데 5분 만에 답 옴… 감동",
    "해외여행 가서 브라이트페이 카드 썼는데 수수료 없고 환율도 괜찮았어요. 추천합니다",
    "지갑 잃어버린 줄 알고 브라이트페이에서 카드 정지했다가 가방에서 찾아서 바로 해제함 ㅋㅋ 이 기능 최고",
    "브라이트페이 소비 분석 보고 배달 끊었다… 팩폭 오지네",
    "엄마(68세)가 혼자 브라이트페이 가입하심. 앱이 그만큼 쉽다는 거",
    "이상한 결제 건 이의제기했는데 브라이트페이가 하루 만에 환불해줌. 일처리 깔끔",
    "Bright Pay 구독 전용 가상카드 만들어놨더니 무료체험 자동결제 당할 일이 없어짐",
    "브라이트페이 3년째 쓰는데 딱히 불만 없음. 조용히 잘 되는 게 최고",
    "브라이트페이 위젯 업데이트 굿굿 잠금화면에서 잔액 바로 보임",
    "브라이트페이 모임통장으로 여행 경비 관리했는데 싸운 사람 0명 ㅋㅋㅋ 역대급",
    "환전 수수료 안 숨기고 딱 보여주는 건 브라이트페이가 유일한 듯. 이런 거 좋아요",
    "브라이트페이 다크모드 예쁘다… 감성 있음",
    "친구한테 송금했는데 폰 내려놓기도 전에 도착함 ㅋㅋ 브라이트페이 속도 실화냐",
    "브라이트페이 월급 쪼개기 쓰고 처음으로 적금 안 깼어요. 저 칭찬해주세요 (앱도)",
])
KO_BP["question"] = socs("question", [
    "브라이트페이 한 계좌에 카드 두 장 발급 가능한가요? 온라인 결제용 따로 쓰고 싶어서요",
    "브라이트페이 애플워치에서도 결제돼요?",
    "주거래를 브라이트페이로 옮기려는데 계좌이동 해보신 분? 불편한 점 있나요",
    "브라이트페이 하루 이체한도 얼마예요? 다음 주에 전세 계약금 보내야 해서요",
    "대출 서류로 브라이트페이 거래내역서 제출 되나요? PDF밖에 안 되나",
    "브라이트페이 카드 배송 보통 며칠 걸려? 월요일에 신청했는데 아직 안 옴",
    "해외 ATM에서 브라이트페이로 출금하면 수수료 붙어요? 도움말이 애매하네",
    "브라이트페이 공동명의 계좌 아직 안 되나요? 모임통장 말고요",
    "브라이트페이 파킹통장 금리 변동형인가요?",
    "개인사업자인데 브라이트페이를 사업용 계좌로 써보신 분 계신가요",
    "폰 바꾸면 브라이트페이 재로그인 어떻게 해요? 미리 알아두려고요",
    "브라이트페이 마이너스 쓰면 신용점수에 영향 있어요?",
    "고딩 첫 계좌로 브라이트페이 vs 시중은행 뭐가 나을까요",
])
KO_BP["qnews"] = nwss([
    ("브라이트페이, 가입자 400만 명 돌파…연내 스페인 진출 추진",
     "모바일 은행 브라이트페이는 가입자 수가 400만 명을 넘어섰다고 밝혔다. 회사 측은 현지 당국 인가를 전제로 연내 스페인 시장에 진출할 계획이라고 설명했다."),
    ("브라이트페이, 자녀 계좌 '카드 즉시 정지' 기능 도입",
     "브라이트페이가 청소년 계좌용 부모 관리 기능을 선보였다. 부모는 자신의 앱에서 자녀 카드를 정지하거나 사용 업종을 제한할 수 있다."),
    ("브라이트페이, 중앙은행 출신 최고위험관리책임자 영입",
     "브라이트페이는 중앙은행 결제국에서 12년간 근무한 김수연 씨를 최고위험관리책임자(CRO)로 선임했다고 밝혔다."),
    ("인터넷은행 금리 경쟁…브라이트페이 파킹통장 금리 0.2%p 인상",
     "브라이트페이가 수시입출금 통장 금리를 0.2%포인트 올렸다. 한결페이 등 다른 앱 기반 금융사들도 이달 들어 잇따라 금리를 높이고 있다."),
    ("브라이트페이, 출범 후 첫 연간 흑자",
     "브라이트페이가 카드 수수료와 이자 수익 증가에 힘입어 출범 이후 처음으로 연간 흑자를 기록했다."),
    ("브라이트페이, 급여관리 업체와 제휴…'월급 미리받기' 출시",
     "급여관리 업체 페이스미스를 쓰는 회사 직원들은 이미 일한 만큼의 급여 일부를 브라이트페이 계좌로 미리 받을 수 있게 된다."),
    ("2030 '앱 은행도 시중은행만큼 믿는다'…브라이트페이·한결페이 약진",
     "20~30대 응답자의 절반가량이 브라이트페이, 한결페이 같은 앱 기반 금융사를 시중은행만큼 신뢰한다고 답한 것으로 조사됐다."),
    ("브라이트페이, 프리미엄 카드 재발급 유료화",
     "브라이트페이는 3월부터 프리미엄 요금제 고객의 메탈 카드 재발급에 수수료를 받는다고 공지했다. 일반 카드 재발급은 계속 무료다."),
])
KO_BP["other"] = socs("other", [
    "오늘 월급통장 브라이트페이로 바꿈. 잘 부탁한다",
    "친구가 브라이트페이 다니는데 사무실에 미끄럼틀 있대 ㅋㅋ 판교 감성인가",
    "지하철에 브라이트페이 광고 떴는데 강아지가 정장 입고 있음. 뭔 광고인지는 모르겠음",
    "블로그에 인터넷은행 비교글 쓰는 중: 브라이트페이, 한결페이 등등. 다음 주 업로드 예정",
    "브라이트페이 연말결산 봤는데 커피에 14% 씀… 할 말 없음",
    "브라이트페이 백엔드 개발자 채용 떴네요. 관심 있는 분 참고 (광고 아님)",
    "편의점 알바하는데 요즘 핑크색 카드 들고 오는 손님 많음. 보면 다 브라이트페이",
    "이번 주 팟캐스트 게스트가 브라이트페이 PM이었는데 가계부 앱 얘기 재밌었음",
    "브라이트페이 카드 뒷주머니에 넣고 앉았다가 부러짐 ㅠㅠ 재발급 신청함",
])
KO_BP["complaint"] = socs("complaint", [
    "브라이트페이 이번 달에만 신분증 재인증 세 번째… 저 본인 맞다고요",
    "브라이트페이 챗봇이랑 20분째 같은 대화 반복 중. 이 정도면 사귀는 사이",
    "일요일 브라이트페이 환율 좀… 창의적이던데요",
    "금리 바꿀 거면 바꾸기 전에 알려주면 안 되나 브라이트페이야",
    "주유소에서 브라이트페이 카드 거절됐는데 옆 주유기에선 됨. 미스터리",
    "이의제기 넣은 지 5영업일째. 결제건도 그대로, 나도 그대로 기다리는 중. 브라이트페이 화이팅^^",
    "업데이트하니까 브라이트페이 로그아웃되고 셀카 인증하래. 지하철인데요?",
    "브라이트페이 거래내역 버튼 왜 메뉴 세 번 들어가야 나옴?? 원래 자리에 돌려놔",
    "점심에 보낸 이체가 아직도 '처리 중'… 이제 저녁인데요 브라이트페이님",
    "브라이트페이에서 모르는 수수료 2500원 빠져나감. '숨은 수수료 없음' 광고 문구 다시 읽어보는 중",
])
# day 10: offline card payments declined for one evening (clien + ppomppu)
KO_BP["ordinary"] = [
    (0, "브라이트페이 카드 지금 편의점에서 거절 뜨는데 저만 그런가요? 잔액 충분함"),
    (0, "저도요. 식당에서 두 번 거절돼서 친구가 계산함… 브라이트페이 뭐냐"),
    (1, "브라이트페이 카드 오프라인 결제 오류 있나요? 올리브영에서 세 번 찍었는데 안 됨"),
    (0, "브라이트페이 오프라인 결제만 안 되는 듯. 온라인은 됨. 앱에는 '승인 거절 - 다시 시도' 이렇게 찍혀요"),
    (0, "세 번째에 겨우 결제됨. 브라이트페이 공지는 아무것도 없네요"),
    (1, "브라이트페이 서비스 상태 페이지는 정상이라는데 영화관 키오스크는 아니라고 함 ㅋㅋ"),
    (0, "셀프계산대에서 브라이트페이 거절… 뒤에 줄 선 분들 눈빛 따가웠음"),
    (0, "몇 달 만에 다른 은행 카드 꺼냄. 브라이트페이 오늘 저녁 매장 결제 계속 안 되네요"),
    (1, "지금은 되는 것 같아요? 10분 전에 분식집에서 브라이트페이 결제됨. 뭐였는지 설명은 없음"),
]
KO_BP["crisis_early"] = socs("complaint", [
    "월세 빠졌나 확인하려고 브라이트페이 켰는데 잔액 0원… 심장 멎는 줄",
    "브라이트페이 다들 0원으로 보여요?? 나 털린 거 아니지??",
    "브라이트페이 잔액 0원, 적금통 0원, 여행통장 0원. 제발 표시 오류라고 해줘",
    "아까까진 0원 뜨더니 이제 로그인도 안 됨. 브라이트페이 로딩만 뱅글뱅글",
    "브라이트페이 잔액 0원 뜨는 사람 나만 아니지? 아침에 200 넘게 있었는데",
    "팀 커피 사러 왔는데 브라이트페이 카드 거절. 앱엔 잔액 없음. 카페 앞에서 멍때리는 중",
    "브라이트페이 '잔액 업데이트 중' 40분째. 나도 내 잔액 원래대로 업데이트하고 싶다",
    "집주인한테 85만원 보냈는데 브라이트페이에서 두 번 빠짐. 두 번!!! 근데 잔액은 0원. 이게 뭐임",
    "서비스 상태 '정상' 초록불 ㅋㅋㅋ 내 앱은 나 파산했다는데 브라이트페이 클라스 보소",
]) + socs("question", [
    "지금 브라이트페이에서 돈 빼야 돼요? 아니면 더 꼬일까요? 진지하게 질문",
    "브라이트페이 서버 터진 거 맞죠? 공식 공지 어디 있어요? 상태 페이지는 그대로던데",
    "브라이트페이에서 이체 두 번 된 거 자동으로 돌려주나요 아님 직접 문의해야 되나요",
]) + socs("other", [
    "성수동 브라이트페이 본사 로비에 사람들 열댓 명 와 있음. 보안요원이 '인지하고 있습니다' 한 줄 적힌 종이 나눠줌",
])
KO_BP["crisis_mid"] = nwss([
    ("브라이트페이 앱 장애…'잔액 0원' 표시에 이용자 혼란",
     "모바일 은행 브라이트페이에서 18일 오전부터 계좌 잔액이 0원으로 표시되고 카드 결제가 거절되는 장애가 발생했다. 회사 측은 '일부 고객에게 영향을 주는 문제를 확인 중'이라며 '고객 자금은 안전하다'고 밝혔다."),
    ("[단독] 브라이트페이 장애 중 '이체 중복 출금' 피해 속출",
     "브라이트페이 이용자 여러 명이 장애 시간대에 보낸 이체가 두 번 출금됐다고 본지에 제보했다. 브라이트페이는 피해 규모를 묻는 질의에 즉답하지 않았다."),
    ("브라이트페이 먹통 3시간째…지금까지 확인된 사실",
     "브라이트페이 앱과 카드 결제가 오전 10시께부터 원활하지 않다. 현재까지 ▲잔액 0원 표시 ▲일부 이체 중복 처리 ▲고객센터 연결 지연 등이 확인됐다. 회사 측은 '자금 손실은 없다'는 입장이다."),
    ("'이체 두 번 빠졌다면'…브라이트페이 장애 대처법",
     "소비자단체는 거래내역을 캡처해 두고 같은 이체를 반복하지 말며, 연체료 등 추가 비용이 생기면 증빙을 보관하라고 조언했다."),
    ("브라이트페이 '데이터베이스 작업 오류가 원인…해킹 아냐'",
     "브라이트페이는 정오께 공지를 통해 데이터베이스 업데이트 과정의 오류로 잔액이 잘못 표시되고 일부 결제 지시가 중복 처리됐다고 설명했다. 외부 공격 정황은 없다고 덧붙였다."),
]) + socs("complaint", [
    "와 브라이트페이 헬스장 회비 두 번 빼가고 점심값은 0원 남겨줌ㅋㅋ 강제 다이어트 감사합니다",
    "'고객님의 자금은 안전합니다'를 잔액 0원 화면 위에 띄워주는 센스 ㅋㅋㅋㅋ 브라이트페이 최고다 진짜",
    "@theqoo.net|세 시간째인데 문자 하나, 푸시 하나 없음. 우리끼리 더쿠에서 알았다 브라이트페이야",
    "오늘 월급날인데 브라이트페이에 들어왔는지 안 들어왔는지 아무도 모름. 브라이트페이도 모름",
    "월세 두 번 나가서 -85만원 찍힘. 마통도 없는 계좌인데 이게 어떻게 가능함?? 브라이트페이 대단하다",
    "브라이트페이 상담 대기 '평소보다 길어요'래. 대기번호 4112번 ㅎㅎ",
    "애 현장학습비 오늘까지 내야 되는데 브라이트페이 때문에 못 냄. 하…",
    "이래서 다들 통장 두 개 쓰는구나. 수업료 비싸게 냈다 브라이트페이",
    "마트에서 카트 가득 채웠는데 브라이트페이 거절. 다 제자리에 갖다 놓고 나옴. 아무하고도 눈 안 마주침",
    "'불편을 드려 죄송합니다' ← 불편은 버스 늦게 오는 거고요. 이건 월급이 화면에서 증발한 거예요 브라이트페이님",
    "@blog.naver.com|브라이트페이 3년 쓰면서 주변에 추천 엄청 했는데 오늘은 진짜 아니다. 오전 내내 0원, 관리비 두 번 출금. 해명 나올 때까지 별점 1점",
    "새로고침할 때마다 잔액이 바뀜. 0원 → -31만원 → 0원. 불안감만 당첨되는 슬롯머신 브라이트페이",
    "6시 비행기인데 카드가 브라이트페이 하나뿐임. 그냥… 앉아 있을게요",
]) + socs("question", [
    "이거 때문에 다른 은행 자동이체 연체됐는데 브라이트페이가 연체료 보상해주나요?",
    "엄마한테 '[브라이트페이] 잔액 복구를 위해 본인인증 하세요' 문자 왔는데 이거 스미싱 맞죠? 벌써 이걸로 사기 치네",
]) + socs("other", [
    "동네 카페 문에 '브라이트페이 결제 안 됩니다. 현금이나 다른 카드 부탁드려요' 붙어 있음. 사장님 말로는 단골 절반이 브라이트페이 쓴대",
])
KO_BP["crisis_late"] = nwss([
    ("금감원, 브라이트페이 장애 경위 파악 착수",
     "금융감독원은 브라이트페이 측에 장애 원인과 피해 고객 보상 계획에 대한 자료를 요청했다고 18일 밝혔다. 금감원 관계자는 '중복 출금 규모부터 확인하고 있다'고 말했다."),
    ("정무위 '브라이트페이 먹통, 이용자가 자기 돈에 못 닿아'…재발 방지 촉구",
     "국회 정무위원회 소속 의원들은 브라이트페이 대표에게 고객 안내가 늦어진 이유와 안전장치가 작동하지 않은 경위를 설명하라고 요구했다."),
    ("브라이트페이 서비스 복구…중복 출금 반환엔 최대 3영업일",
     "브라이트페이는 18일 오후 대부분 고객의 잔액이 정상적으로 표시되고 있다고 밝혔다. 중복 출금액은 3영업일 이내에 돌려주고, 장애로 생긴 수수료도 보상하겠다고 했다."),
    ("브라이트페이 대표 '고객 신뢰 저버려 죄송'…사과문 발표",
     "브라이트페이 대표는 영상 사과문에서 '이번 장애는 변명의 여지가 없다'며 외부 기관의 독립 점검을 받겠다고 약속했다."),
    ("[기자수첩] 브라이트페이 사태로 본 앱 은행의 '전산 리스크'",
     "수 시간 동안 결제가 막힌 이번 브라이트페이 장애는 빠르게 성장한 디지털 금융사의 백업 체계가 충분한지에 대한 질문을 남겼다."),
]) + socs("complaint", [
    "브라이트페이 복구됨. 잔액 맞음. 월세는 여전히 두 번 나가 있음. '3영업일 이내'라는 말 참 든든하네요^^",
    "대표 사과 영상 잘 봤고요 제 85만원은 언제 보나요 브라이트페이",
    "금감원 나선다는 뉴스가 오늘 처음으로 안심되는 소식이었음. 브라이트페이 소통 수준 알 만하죠",
    "잔액은 돌아왔는데 다른 데서 연체료 두 건 생김. 이건 누가 내줌? 브라이트페이?",
]) + socs("question", [
    "브라이트페이 오늘 일 보상 해준대요? 신청 어디서 하는지 아시는 분",
    "진짜 궁금한데 브라이트페이 같은 데서 사고 크게 나면 예금자보호 되는 거 맞아요?",
]) + socs("praise", [
    "4년 동안 브라이트페이 한 번도 문제 없었음. 오전에 한 번 삐끗했다고 무슨 먹튀한 것처럼 난리ㄷㄷ",
    "예전에 시중은행 이틀 먹통일 때는 사과 영상도 없었음. 브라이트페이는 반나절 만에 고쳤잖아. 그냥 그렇다고",
    "난 다 복구됐고 중복 출금도 벌써 돌아옴. 짜증나는 하루였지만 처리는 해줬네. 브라이트페이 아직은 쓸 만함",
]) + socs("other", [
    "브라이트페이 상담원분들한테 욕하는 사람들 좀… 그분들이 DB 작업한 거 아니잖아요",
])
KO_BP["after_keys"] = ['복구됨', '사과 영상', '잔액은 돌아왔는데', '다 복구됐고', '서비스 복구', '사과문 발표', '보상 해준대요']
KO_BP["followups"] = [
    (15, nws("브라이트페이 '중복 출금 전액 반환 완료'…당국 점검은 계속",
             "브라이트페이는 19일 장애 당시 중복 처리된 이체를 모두 돌려줬다고 밝혔다. 금융감독원은 사고 경위에 대한 점검을 이어가고 있다.")),
    (15, soc("complaint", "이틀째. 브라이트페이는 반환 완료래. 내 앱은 '처리 중'. 집주인은 '네~' 하는데 그 물결이 무서움")),
    (15, soc("question", "브라이트페이 5만원 보상금 받으신 분 있어요?")),
    (16, nws("브라이트페이, 장애 피해 고객에 1인당 5만원 지급",
             "브라이트페이는 18일 장애로 계좌를 이용하지 못한 고객 전원에게 5만원을 지급하고, 장애로 발생한 타 금융사 수수료도 보상하겠다고 밝혔다.")),
    (16, soc("complaint", "월급통장 원래 은행으로 다시 옮김. 브라이트페이한테 화난 건 아닌데 그 월요일을 또 겪고 싶진 않아")),
    (17, soc("other", "브라이트페이 사태로 배운 것: 예비 카드 하나, 현금 조금, 캡처는 생명")),
    (18, soc("praise", "브라이트페이 보상금 들어왔고 다른 은행 연체료도 환급해줌. 이 정도면 할 만큼 했다 ㅇㅇ")),
]


# ---------------------------------------------------------------------------
# ko-dashly
# ---------------------------------------------------------------------------
KO_DA = dict(
    stem="ko-dashly", lang="ko", brand="Dashly",
    aliases=["Dashly", "Dashly Eats", "대슐리"],
    competitors=["GrubRun", "배달곰"],
    social=["x.com", "theqoo.net", "dcinside.com", "fmkorea.com", "instiz.net",
            "cafe.naver.com", "blog.naver.com", "clien.net"],
    news=["seoulilbo.kr", "newsone.kr", "econotoday.co.kr", "kbizwire.co.kr",
          "hanbitnews.co.kr", "lifetimes.co.kr"],
    subreddits=[],
    ordinary_sources=["dcinside.com", "x.com"],
    ordinary_start=(10, 2), crisis_start=(2, 4), crisis_minutes=330,
)
KO_DA["domain"] = socs(None, [
    "배달곰 배달비가 떡볶이값이랑 같음. 그래도 시킴",
    "이번 주 집밥만 먹기 도전. 수요일인데 벌써 지침",
    "단무지 서비스 더 챙겨주는 가게는 평생 단골",
    "배달곰 라이더님 국물 싣고 코너 도시는데 국물 살아있음. 대부분은",
    "가게에 위생등급 안 붙어 있으면 그냥 별로인 걸로 간주함",
    "역 앞에 새로 생긴 라멘집 가본 사람? 줄이 한 블록",
    "일요일 밀프렙: 카레 5인분 만들어서 일요일에 3인분 먹음",
    "GrubRun이라는 영국 배달앱에 '아무거나 보내줘' 버튼 있대 ㅋㅋ 무섭다",
    "동네 분식집이 직접 자전거 배달 시작함. 응원합니다",
    "라이더분들 팁 현금으로 드리는 게 제일 확실한가요?",
    "배달곰 쿠폰 모아서 치킨 반값에 먹음 ㅎㅎ 오늘은 내가 승자",
]) + nwss([
    ("배달곰, 배달비 인하…출혈 경쟁 재점화",
     "배달 앱 배달곰이 20개 도시에서 1만5000원 이상 주문의 배달비를 없애기로 했다. 업계는 다시 출혈 경쟁이 시작됐다고 보고 있다."),
    ("지난해 가구당 배달음식 지출 6% 증가",
     "지난해 가구당 배달음식 지출이 평균 6% 늘었고, 금요일 저녁이 여전히 주문이 가장 많은 시간대로 나타났다."),
    ("음식점 위생점검 목표치 미달…'점검 인력 부족'",
     "지자체 세 곳 중 한 곳은 지난해 음식점 위생점검 일정을 지키지 못한 것으로 조사됐다."),
    ("플랫폼 노동자 노조 가입 역대 최다",
     "배달·대리운전 기사들이 참여하는 노조의 조합원 수가 1년 새 두 배로 늘었다."),
    ("배달곰, 아파트 단지서 로봇 배달 시범 서비스",
     "배달곰은 수도권 아파트 단지 두 곳에서 자율주행 로봇을 이용한 단거리 배달을 시범 운영한다고 밝혔다."),
    ("'공유주방'이 뭐길래…한 주방서 브랜드 다섯 개 운영",
     "배달 전용 공유주방 한 곳에서 여러 온라인 브랜드를 동시에 운영하는 방식이 빠르게 늘고 있다. 소비자는 음식이 어디서 조리되는지 알기 어렵다는 지적이 나온다."),
], label=None)
KO_DA["lookalike"] = []
KO_DA["praise"] = socs("praise", [
    "대슐리로 쌀국수 시켰는데 19분 만에 옴. 아직 뜨거워서 못 먹는 중 ㅋㅋ 행복",
    "'아기 자요 노크 금지' 적어놨더니 대슐리 기사님이 문자로 알려주심. 천사세요",
    "대슐리 감튀 누락됐는데 사진 없이 바로 환불해줌. 없는 감튀를 어떻게 찍어 ㅋㅋ 센스 굿",
    "대슐리 함께주문 기능이 회사 점심 메뉴 전쟁 종결시킴. 각자 담고 각자 결제",
    "대슐리 장보기 덕분에 밤 9시에 우유 사러 나갈 일이 없어짐",
    "대슐리 멤버십 2주 만에 본전 뽑음… 자랑은 아니지만",
    "엘베 고장났는데 대슐리 기사님이 5층까지 들고 올라와주심 ㅠㅠ 팁 두 배 드림",
    "대슐리 '찐 비건' 필터 생김!! 몰랐던 가게 세 군데 찾음",
    "대슐리 실시간 지도 보는 거 은근 힐링됨. 내 마라탕이 오토바이 타고 다가오는 중",
    "아파서 누워 있는데 대슐리로 죽이랑 해열제 한 번에 받음. 진심 감사",
    "대슐리 재주문 원터치 된 거 위험함. 근데 좋음",
    "메뉴 페이지에 위생등급 바로 보여주는 거 대슐리 잘했다",
    "대슐리 2년 쓰면서 주문 잘못 온 거 두 번? 둘 다 몇 분 만에 해결",
    "야간 근무자한테 대슐리 새벽 메뉴는 빛이다",
    "대슐리 팁 100% 기사님께 간다고 영수증에 써 있는 거 좋네요",
    "Dashly Eats 처음 써봤는데 괜찮네? 배달비 할인 쏠쏠함",
    "수저 X 냅킨 X 봉투 X 선택되는 대슐리 칭찬해. 서랍에 일회용 수저 그만 쌓이길",
])
KO_DA["question"] = socs("question", [
    "대슐리 기숙사 안까지 배달 돼요? 아니면 정문에서 받아야 해요?",
    "대슐리 예약주문 다음 날로도 되나요? 생일 아침에 깜짝 배달하고 싶어서",
    "대슐리 가격이 매장보다 비싼 거 맞죠? 메뉴 가격이 좀 다르던데",
    "대슐리 라이더 하면 건당이에요 시급이에요? 해볼까 고민 중",
    "대슐리 학생 할인 같은 거 있나요 꿈인가요",
    "대슐리 배달 많이 늦으면 보상 있어요? 아니면 그냥 인생인가요",
    "대슐리 멤버십 장보기 배달도 무료인가요?",
    "대슐리 만나서 현금결제 돼요? 할머니가 카드를 안 쓰셔서",
    "대슐리 대구도 돼요? 아직 서울 경기만?",
    "대슐리 알레르기 정보 메뉴마다 다 나와요? 집에 땅콩 알레르기 있어서요",
    "토요일 12명 단체주문 대슐리 vs 배달곰 어디가 나음?",
    "대슐리 리뷰 별점 사장님도 볼 수 있어요? 좀 심하게 썼나 싶어서",
    "대슐리 라이더 배정 어떻게 되는 거예요? 맨날 먼 데서 오시네",
])
KO_DA["qnews"] = nwss([
    ("대슐리, 올봄 6개 도시 추가 진출",
     "배달 앱 대슐리가 올봄 대전·광주 등 6개 도시에서 서비스를 새로 시작한다고 밝혔다. 이로써 서비스 지역은 28곳으로 늘어난다."),
    ("대슐리, 세종서 드론 배달 시범 운영",
     "대슐리는 세종시 일부 지역에서 소량 장보기 주문을 대상으로 드론 배달 시범 서비스를 시작했다. 비행 거리는 2㎞로 제한된다."),
    ("대슐리, 모든 가게 페이지에 위생등급 표시",
     "대슐리는 다음 달부터 입점 음식점의 식약처 위생등급을 메뉴 페이지에 표시하기로 했다. 소비자단체는 환영 입장을 냈다."),
    ("한파에 '집콕'…대슐리 12월 주문 역대 최대",
     "대슐리는 지난달 주문 건수가 전년 같은 달보다 22% 늘어 월간 기준 역대 최대를 기록했다고 밝혔다."),
    ("대슐리, 수제버거 프랜차이즈와 독점 계약",
     "대슐리가 수제버거 프랜차이즈 패티브로스와 독점 배달 계약을 맺었다. 2월부터 40개 매장은 배달곰 등 다른 앱에서 빠진다."),
    ("라이더 노조, 대슐리와 동절기 수당 교섭 시작",
     "배달 라이더 노조는 대슐리와 동절기 수당 교섭을 시작했다고 밝혔다. 대슐리 측은 '라이더의 목소리를 존중하며 성실히 협의하겠다'고 말했다."),
    ("대슐리 멤버십 월 구독료 1000원 인상",
     "대슐리는 3월부터 무료배달 멤버십 'Dashly Eats' 구독료를 월 1000원 올린다고 공지했다."),
    ("대슐리, 대형마트 출신 임원 영입해 장보기 사업 강화",
     "대슐리는 대형마트 출신 이지현 전무를 장보기 사업 부문 대표로 선임했다."),
])
KO_DA["other"] = socs("other", [
    "1월 한 달 대슐리 삭제 챌린지 4일차. 정상적인 수준으로만 생각나는 중",
    "룸메가 대슐리 라이더 시작했는데 가방에서 영원히 치킨 냄새 난대",
    "집 앞 대슐리 옥외광고 '저녁은 마음가짐이다'… 아니 저녁은 밥인데요",
    "배달비 비교 글 쓰는 중. 대슐리, 배달곰, GrubRun 등. 영수증 있는 분 제보 환영",
    "대슐리 연말결산 최애 메뉴 '마늘난'. 반박 불가",
    "새벽 2시 케밥집 앞에 대슐리 오토바이 세 대. 이것이 공동체",
    "대슐리 새 광고 만두 노래 귀에서 안 나감… 억울함",
    "대슐리 설문에 '이상적인 배달 시간은?' 있길래 '지금'이라고 씀",
    "동네 조기축구팀 스폰서가 대슐리 됨 ㅋㅋ 유니폼에 오토바이 그려져 있음",
])
KO_DA["complaint"] = socs("complaint", [
    "대슐리 25분이래서 기다렸는데 40분 됐다가 지금은 '곧 도착'. 인내심 수련 중",
    "대슐리로 라지 피자 시켰는데 미디움이 자신감 있게 도착함",
    "서비스 수수료, 소액주문 수수료, 혼잡지역 수수료… 대슐리 영수증에서 수수료들 파티 중",
    "대슐리 기사님이 음식을 문 앞에 두고 가셨대. 우리 집 문은 아님. 어떤 문.",
    "지도에선 라이더가 3km 밖인데 대슐리는 '배달완료'래 ㅋㅋ",
    "메인 메뉴 통째로 누락됐는데 대슐리 보상 1500원 포인트. 액자에 걸어둘게요",
    "대슐리 찌개가 상온으로 도착함. 우리 집 상온은 춥다",
    "한 번 실수로 시킨 가게를 대슐리가 자꾸 '최애 가게!'라고 알림 보냄",
    "대슐리: 음료 품절. 5분 뒤 대슐리: 음료 추가하시겠어요?",
])
# day 10: late deliveries in Busan (one dcinside gallery + x.com)
KO_DA["ordinary"] = [
    (0, "부산 지금 대슐리 터졌냐? 7시에 시켰는데 8시 20분인데 아직 '배차 중'"),
    (0, "서면도 그럼. 대슐리 도착시간이 10분씩 계속 밀림 ㅋㅋ 스누즈 버튼이냐"),
    (1, "부산 분들 대슐리 또 '조리 중'에서 멈춰 있죠? 가게는 40분 전에 다 만들었다는데"),
    (0, "대슐리 주문하고 85분 만에 받음. 면이 하나로 합쳐짐"),
    (0, "해운대인데 대슐리 한 시간 기다리다 취소당함. 환불은 3~5일 ㅎ"),
    (0, "가게 사장님이 음식 40분째 대슐리 라이더 기다리는 중이래. 비 와서 기사님이 없나 봄"),
    (1, "대슐리 '조금 늦어지고 있어요!😉' 알림 옴. 지금 윙크할 타이밍 아님"),
    (0, "부산대 앞 대슐리 70분 늦게 완전 식어서 옴. 기사님 말로는 한 번에 네 건 묶였대"),
    (0, "대슐리 포기하고 걸어서 분식집 다녀옴. 왕복 12분"),
]
KO_DA["crisis_early"] = socs("complaint", [
    "토요일에 팀 전체가 대슐리로 같은 가게('황금웍 익스프레스') 시켰는데 어제부터 다섯 명이 앓아누움. 다른 분들 괜찮으세요?",
    "밤새 화장실 들락날락함. 어제 먹은 거 대슐리 치킨덮밥 하나뿐. 뭐 그렇다고요",
    "@cafe.naver.com|동네 맘카페에 주말에 대슐리 시키고 탈 난 사람 엄청 많음. 가게 이름은 다 다른데… 주소가 같아?",
    "대슐리에서 '논나키친' 파스타 시켰는데 '서울볼', '스모크하우스88'이랑 같은 주방이었대. 그걸 구청 공고 보고 알았음. 대슐리가 아니라",
    "이제 라이더도 없음?? 대슐리 '주문 폭주로 취소' 뜸. 기사님들 파업 중이래",
    "오늘 같은 날 대슐리가 점심 20% 할인쿠폰 푸시 보내는 거 실화임? 마케팅팀 용감하다",
    "애가 일요일부터 대슐리 너겟 먹고 계속 토함. 일요일 아침에 신고했는데 자동답변. 끝.",
]) + socs("question", [
    "토요일에 항만로 쪽 대슐리 먹었는데 아직 멀쩡하면 괜찮은 건가요? 보통 며칠 뒤에 증상 나와요?",
    "대슐리 공지 뭐 나온 거 있어요?? 동생 입원했는데 상담 채팅은 '기다려 주셔서 감사합니다'만 반복",
    "지금 대슐리 시켜도 돼요? 이번 주는 그냥 피하는 게 나을까요",
]) + socs("other", [
    "우리 동네 대슐리에 있는 '서로 다른 가게 다섯 곳' 전부 항만로 공유주방 한 칸임. 간판만 다섯 개",
    "응급실 대기 중인데 여기 반은 토요일에 대슐리 시킨 사람들 같음. 간호사가 내가 말도 안 했는데 '어느 앱이요?' 물어봄",
    "대슐리 본사 앞에 라이더분들 오토바이 수백 대 모여서 경적 울리는 중. 현수막에 '안전한 임금, 안전한 음식, 안전한 도로'",
])
KO_DA["crisis_mid"] = nwss([
    ("대슐리 입점 공유주방발 식중독 의심 환자 30여 명",
     "보건당국이 배달 앱 대슐리에 입점한 여러 브랜드에 음식을 공급한 공유주방과 관련된 집단 식중독 의심 사례를 조사하고 있다. 토요일 배달 음식을 먹은 뒤 증상을 호소한 사람은 최소 34명이다."),
    ("구청, 대슐리 브랜드 공급 '항만로 공유주방' 긴급 영업정지",
     "관할 구청은 18일 대슐리에서 판매되는 브랜드 최소 5곳의 음식을 조리해 온 항만로 공유주방에 긴급 영업정지 처분을 내렸다."),
    ("식중독 논란 속 대슐리 라이더 파업…'배달 대란'",
     "대슐리 라이더 수백 명이 18일 동절기 수당 인상을 요구하며 일제히 운행을 중단했다고 노조 측이 밝혔다. 같은 날 식중독 의혹까지 겹치며 주문 상당수가 배달되지 못했다."),
    ("[종합] 대슐리 식중독·라이더 파업 상황 정리",
     "현재까지 ▲의심 환자 34명 ▲공유주방 1곳 영업정지 ▲3개 도시 라이더 파업 ▲대슐리 '관련 브랜드 판매 중단' 등이 확인됐다."),
    ("대슐리, 식중독 연루 '가상 브랜드' 5곳 판매 중단",
     "대슐리는 한 주방에서 운영된 5개 브랜드를 앱에서 내리고 해당 주문을 환불하겠다고 밝혔다. 이들 브랜드가 왜 별개 가게처럼 표시됐는지에 대해서는 설명하지 않았다."),
]) + socs("complaint", [
    "대슐리가 맨날 추천해주던 '개성 있는 가게 다섯 곳'이 알고 보니 주방 하나였다고요? 살모넬라에 연극까지 곁들여주네",
    "대슐리 입장문: '식품 안전을 매우 중요하게 생각합니다' ← 이틀 동안 말 한마디 안 할 만큼 중요하게요?",
    "이틀 앓아누운 밥값으로 대슐리 쿠폰 5천원 줌 ㅋㅋㅋ 그걸로 또 대슐리 시키라는 거지?",
    "라이더분들 몇 주째 생활 안 된다고 말했잖아. 오늘 다들 기사님 없는 대슐리가 뭔지 알게 됨",
    "'서울볼' 몇 번 시켰는지 세어보는 중… 공유주방이라는 말 대슐리에서 한 번도 못 봄",
    "오늘 대슐리: '배달 가능한 라이더가 없어요' 어제 대슐리: '최애 가게! 또 주문하세요!' 괜찮아요. 대충은.",
    "@blog.naver.com|대슐리 5년 썼는데 남편이 토요일 주문 먹고 링거 맞는 중. 연락은 챗봇뿐. 별 하나도 아까움",
    "대슐리 가게 절반이 아울렛 뒤 공장 건물 한 칸이었다는 거 숨긴 거 진짜 어이없네",
    "식중독 신고했더니 대슐리가 '주문은 만족스러우셨나요? 별점 남겨주세요' ㅋㅋㅋ 별 하나 줌. 웃기려던 거 아님",
    "현재 대슐리: 배달 안 되는 식중독 앱. 피벗 대단하다",
    "기사님 파업은 이해하는데 대슐리가 결제까지 받아놓고 한 시간 뒤에 취소하는 건 좀 아니지",
    "월요일 실트에 대슐리 옆에 '식중독' '파업' 떠 있는 거 2027년 그 자체",
    "Dashly Eats 멤버십 매달 돈 내고 미스터리 주방 이용권 산 셈. 당연히 해지함",
]) + socs("question", [
    "대슐리 입점 가게들 공유주방이면 표시할 의무 없어요? 이건 법으로 정해야 하는 거 아님?",
    "대슐리 상대로 단체소송 준비하는 데 있나요? 아빠 아직 입원 중이에요",
]) + socs("other", [
    "항만로 지나가는데 셔터에 구청 봉인 붙어 있고 쓰레기통 옆에 대슐리 봉투 두 개 그대로 있음",
])
KO_DA["crisis_late"] = nwss([
    ("식약처, 대슐리에 '가상 브랜드' 운영 실태 자료 요구",
     "식품의약품안전처는 대슐리에 공유주방에서 조리되는 입점 브랜드 수와 소비자 고지 방식에 관한 자료를 제출하라고 요청했다."),
    ("대슐리 대표 사과…'공유주방 여부 표시하겠다'",
     "대슐리 대표는 식중독 증상을 겪은 고객들에게 사과하고, 여러 브랜드가 같은 주방에서 조리될 경우 앱에 표시하겠다고 밝혔다."),
    ("노조 '교섭 재개 전까지 대슐리 파업 계속'",
     "라이더 노조는 대슐리가 동절기 수당 교섭을 재개하지 않으면 19일에도 운행 중단을 이어가겠다고 밝혔다."),
    ("대슐리 연관 식중독 의심 환자 51명으로 늘어",
     "항만로 공유주방 음식을 먹고 증상을 호소한 사람이 18일 오후 51명으로 늘었다. 이 가운데 6명은 입원 치료를 받고 있다."),
    ("[분석] 식중독·파업 겹악재…대슐리가 드러낸 배달 플랫폼의 민낯",
     "식품 안전 논란과 라이더 파업이 같은 날 터지면서, 직접 고용하지 않는 주방과 노동자에 기대는 배달 플랫폼의 구조적 한계가 드러났다는 지적이 나온다."),
]) + socs("complaint", [
    "대슐리 대표 사과문 링크드인에 올릴 게 아니라 아픈 사람들한테 먼저 보냈어야지",
    "'앞으로 공유주방을 표시하겠습니다' 앞으로요. 제 토요일은 이미 날아갔어요 대슐리님",
    "대슐리 음식값은 환불, 이틀 결근은 노환불. 잘 알겠습니다",
    "솔직히 이번 대슐리 사태에서 처음부터 솔직했던 건 라이더분들뿐",
]) + socs("question", [
    "대슐리 항만로 주문 환불 어떻게 받아요? 신청 양식이 자꾸 고객센터 첫 화면으로 튕김",
    "대슐리 파업 내일도 해요? 그냥 요리해야 되나 (끔찍)",
]) + socs("praise", [
    "오늘 대슐리로 동네 태국집(진짜 가게, 진짜 건물) 시켰는데 잘 왔고 맛있었음. 모든 주방이 항만로는 아님",
    "참고로 대슐리 환불 한 시간 만에 들어옴. 상담도 노력은 하는 듯, 그냥 폭주한 것 같아",
]) + socs("other", [
    "주방 편드는 건 아닌데 대슐리는 배달 앱이지 위생 점검하는 구청이 아니잖아. 그 주방 지난주까지 위생등급 좋았음",
    "대슐리 라이더분들 연대합니다. 오늘은 아무것도 안 시킬게요",
])
KO_DA["after_keys"] = ['대표 사과…', '사과문 링크드인', '앞으로 공유주방', '환불 한 시간', '음식값은 환불']
KO_DA["followups"] = [
    (15, nws("항만로 공유주방 운영사 '위생 점검 모두 통과'…대슐리 '조사 협조'",
             "항만로 공유주방 운영사는 최근 위생 점검을 모두 통과했다며 조사에 협조하겠다고 밝혔다. 대슐리는 해당 5개 브랜드의 판매 중단을 유지하기로 했다.")),
    (15, soc("complaint", "대슐리 환불 '24시간 이내'라더니 30시간째")),
    (15, soc("question", "대슐리 파업 끝났어요? 25분째 '라이더 찾는 중'")),
    (16, nws("대슐리, 임금 교섭 재개 합의…라이더 파업 종료",
             "대슐리가 동절기 수당 교섭을 재개하기로 하면서 라이더들이 20일 운행을 재개했다고 노조가 밝혔다.")),
    (16, soc("other", "월요일 이후로 대슐리 안 켬. 요리 중. 못하지만 안전하게")),
    (17, soc("complaint", "대슐리 공유주방 표시 생겼는데 회색 글씨로 작게 써놓음. 진짜 작게. 회색으로.")),
    (18, soc("praise", "대슐리 환불이랑 제대로 된 사과 메일 엄마한테 오늘 옴. 오래 걸렸지만 하긴 했네")),
]


# ---------------------------------------------------------------------------
# builder
# ---------------------------------------------------------------------------
EN_A = ["quiet", "mossy", "late", "tired", "sunny", "north", "urban", "paper", "velvet", "salt",
        "copper", "rainy", "lazy", "pixel", "tiny", "grumpy", "oat", "biscuit", "lemon", "fox",
        "kettle", "cloudy", "second", "odd", "brave", "slow", "amber", "minty"]
EN_B = ["fern", "otter", "walker", "moth", "crumpet", "badger", "teacup", "runner", "pigeon",
        "owl", "sparrow", "toast", "mango", "robin", "heron", "scone", "goose", "newt", "wren"]
EN_REPORTERS = ["Hannah Pryce", "David Osei", "Laura McBride", "Sam Whitfield", "Priti Desai",
                "Owen Hale", "Charlotte Nguyen", "Marcus Bell", "Fiona Carr", "Joe Lindqvist",
                "Aisha Rahman", "Tom Greaves"]
KO_NICKS = ["감자도리", "퇴근요정", "야근싫어", "고양이집사", "민트초코단", "월급루팡", "새벽감성",
            "떡볶이러버", "한강뷰원함", "무지개곰", "출근하기싫다", "라면은신라면", "산책가자",
            "초록초록", "주말만기다림", "치즈냥", "택배왔숑", "코딩하는곰", "아아중독", "귤까는중",
            "평범한직장인", "집순이", "눈사람", "비오는날", "호떡장수"]
KO_ASCII = ["gamja", "toegeun", "mintchoco", "saebyeok", "tteokbokki", "hangang", "rainbowbear",
            "sanchaek", "cheezecat", "codingbear", "iceamericano", "jipsuni", "snowman", "hotteok",
            "weekend", "greengreen", "yaguen", "salary"]
KO_REPORTERS = ["김민지 기자", "박서준 기자", "이하은 기자", "정우진 기자", "최유나 기자",
                "한도윤 기자", "오세린 기자", "윤지호 기자"]
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def rid(rng, n, chars=ALNUM):
    return "".join(rng.choice(chars) for _ in range(n))


def digits(rng, n):
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def slugify(s, n=7):
    words = re.findall(r"[a-z0-9]+", s.lower())
    return "-".join(words[:n]) or digits(random.Random(s), 6)


def author_for(rng, spec, src, kind):
    if kind == "news":
        return rng.choice(EN_REPORTERS if spec["lang"] == "en" else KO_REPORTERS)
    if spec["lang"] == "en":
        h = rng.choice(EN_A) + rng.choice(["_", "", "."]) + rng.choice(EN_B)
        if rng.random() < 0.5:
            h += str(rng.randint(2, 99))
        return h.replace(".", "_") if src in ("x.com", "reddit.com") else h
    if src == "dcinside.com":
        return "ㅇㅇ(%d.%d)" % (rng.randint(1, 223), rng.randint(1, 255))
    if src == "theqoo.net":
        return "무명의 더쿠"
    if src == "x.com":
        return rng.choice(KO_ASCII) + "_" + str(rng.randint(10, 9999))
    return rng.choice(KO_NICKS) + (str(rng.randint(1, 99)) if rng.random() < 0.3 else "")


def url_for(rng, spec, src, kind, author, title, text, dt):
    if kind == "news":
        if spec["lang"] == "en":
            return "https://%s/%s/%s" % (src, dt.strftime("%Y/%m/%d"), slugify(title))
        return "https://%s/news/articleView.html?idxno=%s" % (src, digits(rng, 6))
    ascii_handle = re.sub(r"[^a-z0-9_]", "", author.lower()) or rng.choice(KO_ASCII)
    if src == "reddit.com":
        sub = rng.choice(spec["subreddits"] or ["korea"])
        return "https://reddit.com/r/%s/comments/%s/%s/" % (sub, rid(rng, 7), slugify(text, 6))
    if src == "x.com":
        return "https://x.com/%s/status/%s" % (ascii_handle, digits(rng, 19))
    if src == "threads.net":
        return "https://threads.net/@%s/post/%s" % (ascii_handle, rid(rng, 11))
    if src == "bsky.app":
        return "https://bsky.app/profile/%s.bsky.social/post/%s" % (ascii_handle, rid(rng, 13))
    if src == "mastodon.social":
        return "https://mastodon.social/@%s/%s" % (ascii_handle, digits(rng, 18))
    if src == "trustpilot.com":
        return "https://trustpilot.com/reviews/%s" % rid(rng, 24, "0123456789abcdef")
    if src.startswith("forums."):
        return "https://%s/threads/%s-%s/" % (src, slugify(text, 5), digits(rng, 6))
    if src == "theqoo.net":
        return "https://theqoo.net/square/%s" % digits(rng, 10)
    if src == "clien.net":
        return "https://clien.net/service/board/park/%s" % digits(rng, 8)
    if src == "ppomppu.co.kr":
        return "https://ppomppu.co.kr/zboard/view.php?id=freeboard&no=%s" % digits(rng, 7)
    if src == "dcinside.com":
        gal = "busan" if "부산" in text else rng.choice(["baseball_new11", "food", "stock_new2", "singlebungle1004"])
        return "https://dcinside.com/board/view/?id=%s&no=%s" % (gal, digits(rng, 7))
    if src == "fmkorea.com":
        return "https://fmkorea.com/%s" % digits(rng, 10)
    if src == "instiz.net":
        return "https://instiz.net/pt/%s" % digits(rng, 7)
    if src == "blog.naver.com":
        return "https://blog.naver.com/%s/%s" % (rng.choice(KO_ASCII) + str(rng.randint(1, 999)), digits(rng, 12))
    if src == "cafe.naver.com":
        return "https://cafe.naver.com/%s/%s" % (rng.choice(["dongnemom", "jinjuwin", "momsholic"]), digits(rng, 7))
    return "https://%s/p/%s" % (src, rid(rng, 10))


def day_time(rng, day, lo_h, hi_h):
    secs = rng.randint(int(lo_h * 3600), int(hi_h * 3600) - 1)
    return START + timedelta(days=day, seconds=secs)


def build(spec, seed):
    rng = random.Random(seed)
    lang = spec["lang"]
    # active hours in UTC: UK daytime for en, KST 09:00-24:00 for ko
    lo, hi = (7.0, 23.5) if lang == "en" else (0.0, 15.0)
    social_pool = [s for s in spec["social"] if s != "trustpilot.com"]
    recs = []  # dict(entry, dt, src, group)

    def add(e, dt, group, src=None):
        src = src or e.get("src") or (rng.choice(spec["news"]) if e["kind"] == "news" else rng.choice(social_pool))
        recs.append(dict(e=e, dt=dt, src=src, group=group))

    # --- non-mentions -------------------------------------------------------
    chat = EN_CHAT if lang == "en" else KO_CHAT
    gnews = EN_GNEWS if lang == "en" else KO_GNEWS
    nm = [soc(None, t) for t in chat] + nwss(gnews, label=None) + list(spec["domain"])
    rng.shuffle(nm)
    for i, e in enumerate(nm):
        day = i % NDAYS
        if rng.random() < 0.15:
            dt = day_time(rng, day, 0, 24)
        else:
            dt = day_time(rng, day, lo, hi)
        add(e, dt, "none")
    for e in spec["lookalike"]:
        add(e, day_time(rng, 4, lo, hi), "lookalike")

    # --- windows -------------------------------------------------------------
    oh, om = spec["ordinary_start"]
    ord_start = START + timedelta(days=ORD_DAY, hours=oh, minutes=om)
    ch, cm = spec["crisis_start"]
    cr_start = START + timedelta(days=CRISIS_DAY, hours=ch, minutes=cm)
    W = spec["crisis_minutes"]

    # --- quiet mentions --------------------------------------------------------
    quiet = spec["praise"] + spec["question"] + spec["qnews"] + spec["other"]
    rng.shuffle(quiet)
    qdays = [d for d in range(NDAYS) if d != CRISIS_DAY]
    rng.shuffle(qdays)
    for i, e in enumerate(quiet):
        day = qdays[i % len(qdays)]
        if day == ORD_DAY:
            dt = day_time(rng, day, lo, oh + om / 60 - 3)
        else:
            dt = day_time(rng, day, lo, hi)
        add(e, dt, "quiet")
    cdays = [d for d in range(NDAYS) if d not in (8, 9, 10, 13, 14, 15, 16, 17)]
    cdays = rng.sample(cdays, len(spec["complaint"]))
    for e, day in zip(spec["complaint"], cdays):
        add(e, day_time(rng, day, lo, hi), "quiet")

    # --- ordinary issue (day 10) ---------------------------------------------
    n = len(spec["ordinary"])
    offs = sorted([0] + [rng.randint(60, 200 * 60) for _ in range(n - 2)] + [rng.randint(190 * 60, 205 * 60)])
    for (si, text), off in zip(spec["ordinary"], offs):
        add(soc("complaint", text), ord_start + timedelta(seconds=off), "ordinary",
            src=spec["ordinary_sources"][si])

    # --- crisis (day 15) -------------------------------------------------------
    soc_cycle = [x for x in spec["social"] if x != "trustpilot.com"]
    news_cycle = list(spec["news"])
    rng.shuffle(soc_cycle)
    rng.shuffle(news_cycle)
    counters = {"social": 0, "news": 0}

    def crisis_src(e):
        if e.get("src"):
            return e["src"]
        cyc = soc_cycle if e["kind"] == "social" else news_cycle
        s = cyc[counters[e["kind"]] % len(cyc)]
        counters[e["kind"]] += 1
        return s

    # items that only make sense once service is restored / the apology is out go last
    after_keys = spec.get("after_keys", [])
    is_after = lambda e: any(k in e["title"] + e["text"] for k in after_keys)
    phases = {
        "crisis_early": spec["crisis_early"],
        "crisis_mid": spec["crisis_mid"],
        "crisis_late": [e for e in spec["crisis_late"] if not is_after(e)],
        "crisis_after": [e for e in spec["crisis_late"] if is_after(e)],
    }
    groups = [("crisis_early", 0.0, 0.35), ("crisis_mid", 0.18, 0.72),
              ("crisis_late", 0.55, 0.85), ("crisis_after", 0.78, 1.0)]
    first = True
    for key, a, b in groups:
        entries = phases[key]
        news_e = [e for e in entries if e["kind"] == "news"]
        soc_e = [e for e in entries if e["kind"] != "news"]
        keyed = [(i / max(1, len(news_e)) * 0.9 + 0.05, e) for i, e in enumerate(news_e)]
        keyed += [(i / max(1, len(soc_e)) * 0.5 + rng.uniform(0, 0.5), e) for i, e in enumerate(soc_e)]
        keyed.sort(key=lambda x: x[0])
        secs = sorted(rng.randint(int(a * W * 60), int(b * W * 60)) for _ in keyed)
        if first:
            secs[0] = 0
            first = False
        if key == "crisis_after":
            secs[-1] = W * 60 - rng.randint(0, 90)
        for (k, e), s in zip(keyed, secs):
            add(e, cr_start + timedelta(seconds=s), "crisis", src=crisis_src(e))

    # --- follow-ups --------------------------------------------------------------
    for day, e in spec["followups"]:
        add(e, day_time(rng, day, lo, hi), "followup")

    # --- finalise ----------------------------------------------------------------
    recs.sort(key=lambda r: (r["dt"], r["e"]["text"]))
    rows, meta = [], []
    for i, r in enumerate(recs, 1):
        e = r["e"]
        iid = "%s-%05d" % (spec["stem"], i)
        author = author_for(rng, spec, r["src"], e["kind"])
        if e["kind"] == "news":
            mu = 6.0 if r["group"] == "crisis" else 4.0
        else:
            mu = {"crisis": 4.8, "ordinary": 2.6, "followup": 3.0}.get(r["group"], 1.8)
        eng = int(rng.lognormvariate(mu, 0.9))
        rows.append(dict(
            id=iid, title=e["title"], text=e["text"],
            url=url_for(rng, spec, r["src"], e["kind"], author, e["title"], e["text"], r["dt"]),
            source=r["src"], published=r["dt"].strftime("%Y-%m-%dT%H:%M:%SZ"),
            author=author, engagement=eng))
        meta.append(dict(id=iid, group=r["group"], label=e["label"], src=r["src"],
                         published=rows[-1]["published"]))
    return rows, meta


def window(ms):
    return {"first": ms[0]["published"], "last": ms[-1]["published"]}


def main():
    specs = [(EN_BP, 4101), (KO_BP, 4102), (EN_DA, 4103), (KO_DA, 4104)]
    expected = {}
    for spec, seed in specs:
        rows, meta = build(spec, seed)
        fname = spec["stem"] + ".jsonl"
        with open(os.path.join(OUT, fname), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        mentions = [m for m in meta if m["group"] not in ("none", "lookalike")]
        ordm = [m for m in meta if m["group"] == "ordinary"]
        crm = [m for m in meta if m["group"] == "crisis"]
        expected[fname] = {
            "language": spec["lang"],
            "brand": spec["brand"],
            "aliases": spec["aliases"],
            "competitors": spec["competitors"],
            "mention_ids": [m["id"] for m in mentions],
            "lookalike_ids": [m["id"] for m in meta if m["group"] == "lookalike"],
            "ordinary_issue": {"ids": [m["id"] for m in ordm],
                               "sources": sorted({m["src"] for m in ordm}),
                               "window": window(ordm)},
            "crisis": {"ids": [m["id"] for m in crm],
                       "sources": sorted({m["src"] for m in crm}),
                       "window": window(crm)},
            "labels": {m["id"]: m["label"] for m in mentions},
        }
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
