"""English timeline for Brell (UK retail bank with the Brell mobile app)."""
from data_common import *

STEM = "en-brell"
LANG = "en"
BRAND = "Brell"
ALIASES = ["Brell", "브렐"]
COMPETITORS = ["Castellan Bank", "캐스텔란은행", "Nuvio", "누비오뱅크"]

MD = "moneydesk.co.uk"
CP = "thecitypost.co.uk"
FTB = "fintechbrief.com"
NL = "northernledger.co.uk"

# windows (UTC)
BURST_START = "2027-04-09T10:10"
ISSUE_START = "2027-04-14T13:05"
CRISIS_START = "2027-04-19T07:35"
COMPLAINT_DAYS = [1, 3, 6, 8, 12, 20]
ISSUE_THREAD = "r/UKPersonalFinance/comments/1k3fq9z/brell_app_face_id_broken_since_update/"

BASELINE = [
    # praise
    (P, X, "Brell's app just told me I spend £63 a month on meal deals. Rude but accurate. Genuinely useful feature tbh"),
    (P, TH, "not bad actually — switched my current account to Brell last month and the switch took 6 working days, direct debits and all moved over fine"),
    (P, RD, "Can't fault Brell's fraud team. Card got cloned at a petrol station, they'd blocked it and refunded before I even noticed"),
    (P, X, "shoutout to the lady at the Brell branch in Kendal who sat with my nan for 40 mins setting up her app. patience of a saint"),
    (P, IG, "new card day 💳✨ the Brell recycled plastic ones are actually quite nice looking #BrellBank"),
    (P, TP, "Five stars. Opened a joint account with Brell online in about 15 minutes, no paper forms, no faff."),
    (P, X, "Brell round-ups have quietly saved me £212 since January. didn't even notice it going"),
    (P, TH, "honestly the Brell app is the only banking app I don't hate opening"),
    (P, RD, "For what it's worth, Brell's international transfer to Poland landed in about an hour and the rate was decent. Better than I expected from a high street bank."),
    (P, FB, "Just want to say thank you to Brell for sorting my mortgage payment holiday so quickly when I was off sick. Made a horrible month a bit easier."),
    (P, X, "@BrellHelp cheers for the quick reply earlier, all sorted 👍"),
    (P, TT, "POV: your bank app lets you freeze your card in one tap. Brell I take back everything I said"),
    (P, X, "ok the Brell spending categories are a bit addictive"),
    (P, TP, "Was dreading calling about a bereavement. Brell's team were kind and didn't make me repeat myself once. Rare."),
    # questions
    (Q, RD, "Does Brell do a regular saver for existing customers or only new ones? Can't find it anywhere in the app"),
    (Q, X, "@BrellHelp is there a way to change the name on my account after getting married without going into a branch"),
    (Q, RD, "Anyone know if Brell's overdraft buffer is still £50 or did they scrap it"),
    (Q, TH, "Brell users — can you pay in cheques through the app or do I need to find a branch. got a cheque from my gran lol"),
    (Q, FB, "Has anyone used Brell for a first time buyer mortgage? What was the broker side like"),
    (Q, X, "does Brell charge for using the card abroad. off to Lisbon soon and cba reading the T&Cs"),
    (Q, RD, "Brell ISA vs Castellan ISA for someone who just wants to dump £200 a month in and forget about it?"),
    (Q, X, "@BrellUK how long does a replacement card usually take to arrive"),
    (Q, RD, "Quick one: can a 16 year old open a Brell account on their own or does a parent need to be there"),
    (Q, TH, "wondering if Brell lets you have multiple savings pots with different names or just the one"),
    (Q, X, "Is Brell covered by the FSCS on its own or is it one of those shared banking licence things"),
    (Q, RD, "What time does Brell usually pay salaries in on a Friday? Mine lands about 6am, my mate's at 10"),
    (Q, FB, "Anyone know if the Brell on Market Street still does coin counting?"),
    # news
    (NW, MD, "Brell posts 9% rise in annual profit as savings inflows hold up",
     "Brell Bank reported a 9% rise in pre-tax profit for 2026, helped by strong savings inflows and lower impairment charges. The lender kept its dividend unchanged."),
    (NW, CP, "Brell to close 14 branches across the North West",
     "Brell Bank will close 14 branches in the North West by September, citing a sharp fall in counter transactions. It said customers could use Post Office counters for everyday banking."),
    (NW, FTB, "Brell hires former Nuvio product chief to lead app overhaul",
     "Brell has appointed Priya Sandhu, previously head of product at Nuvio, as chief digital officer. She will oversee a redesign of the lender's mobile app."),
    (NW, NL, "Brell becomes shirt sponsor of Carlisle women's side",
     "Brell Bank has signed a three-year deal to become front-of-shirt sponsor of Carlisle City Women. The agreement includes funding for the club's girls' academy."),
    (NW, X, "PSA Brell are doing 1.5% cashback on energy bills paid by direct debit till the end of the month, worth a look if you're with them"),
    (NW, RD, "FYI Brell have updated their T&Cs, unarranged overdraft fees are gone from June. Email came through this morning."),
    (NW, MD, "Brell cuts fixed mortgage rates by up to 0.2 points",
     "Brell Bank is cutting rates across its two- and five-year fixed mortgages by up to 0.2 percentage points. Brokers said the move could prompt similar cuts from rivals."),
    (NW, X, "",
     "We're making some planned improvements overnight this Saturday between 1am and 4am. Card payments will still work but the Brell app may be unavailable. Thanks for bearing with us.",
     "@BrellUK"),
    (NW, FTB, "Brell joins open banking pilot for variable recurring payments",
     "Brell is one of six UK lenders taking part in a pilot of variable recurring payments, which lets customers approve flexible regular payments to utilities and subscriptions."),
    (NW, TH, "heads up if you bank with Brell, the old app version stops working at the end of May, update now to avoid the panic later"),
    (NW, NL, "Brell pledges £2m for financial education in northern schools",
     "Brell Bank will fund free money-skills workshops in 400 secondary schools across the north of England over the next three years."),
    # other
    (O, X, "paid for my coffee with my Brell card and the barista complimented the colour. that's the most interesting thing that's happened today"),
    (O, RD, "Not defending Brell but branch closures are happening at every bank, Castellan closed ours two years ago"),
    (O, TH, "my dad still calls Brell 'the building society' even though it stopped being one in the 90s"),
    (O, X, "me opening the Brell app to check my balance after a night out like it's a horror film"),
    (O, IG, "found my first ever Brell passbook from 1998 while clearing out the loft. £4.12 balance. rich."),
    (O, RD, "I have accounts with Brell and Nuvio, one for bills and one for spending. Works fine for me."),
    (O, X, "the Brell advert with the dancing pensioner is stuck in my head again"),
    (O, FB, "Brell sponsoring the fun run again this year, saw the banners going up by the park"),
    (O, TT, "rating bank apps purely on their loading animations. Brell's spinning coin gets a 6/10"),
    (O, X, "my mum forwarded me an email from Brell asking if it's a scam. it wasn't. proud of her for checking though"),
    (O, RD, "Was in a Brell branch today for the first time in years, they've turned half of it into a café. Strange vibe."),
    (O, TH, "Brell or Castellan, doesn't matter, they all want your data. anyway I'm having chips for tea"),
    # lone complaints (placed on COMPLAINT_DAYS)
    (C, X, "day 12 of waiting for my Brell replacement card. at this point I'll just learn to pay in coins"),
    (C, TP, "Brell told me twice my complaint would be answered within 5 days. It's been 3 weeks. Not happy."),
    (C, RD, "Brell blocked a perfectly normal payment to my landlord AGAIN and I sat on hold for 50 minutes to unblock it. love that for me"),
    (C, X, "great stuff @BrellHelp, love being asked for my mother's maiden name three times by three different people 🙃"),
    (C, TH, "why does the Brell app log me out every time I switch to another app for two seconds. genuinely why"),
    (C, FB, "Brell closed the Ashby branch and now the nearest one is a 45 minute bus ride. Thanks for nothing."),
]

BURST = [
    (NW, FTB, "Brell relaunches app with savings pots and 5% Boost regular saver",
     "Brell Bank has launched a redesigned mobile app alongside Boost, a 12-month regular saver paying 5% on up to £300 a month. The bank said more than 40,000 accounts were opened in the first hour."),
    (NW, X, "",
     "It's here 🎉 The new Brell app is rolling out now, with savings pots, instant card controls and our new Boost saver at 5% AER. Update from your app store to get it.",
     "@BrellUK"),
    (P, X, "new Brell app is so much cleaner omg. they finally moved the balance to the top where it belongs"),
    (NW, RD, "Brell Boost 5% regular saver is live, opened mine in 2 mins through the app. Max £300/month, no withdrawal penalty from what I can see"),
    (P, TH, "didn't expect to be excited about a bank app update on a friday but here we are. Brell pots are lovely"),
    (O, X, "everyone in the office group chat is talking about the Brell Boost thing and I'm sat here with £11 in my account"),
    (NW, MD, "Brell's 5% Boost saver tops best-buy tables",
     "Brell's new regular saver now sits at the top of the best-buy tables for regular savings. Analysts expect the rate to be pulled once the bank hits its funding target."),
    (P, X, "the dark mode on the new Brell app 😍 small things"),
    (O, RD, "Worth noting for anyone comparing: Nuvio's regular saver is 4.75% but allows £500/month, so it depends how much you can put away. Brell's is the higher rate with a lower cap."),
    (P, TH, "opened a Brell Boost for my son's uni fund. easiest thing I've done all week"),
]

ISSUE = [
    (C, RD, "Anyone else's Brell app stuck on 'verifying your device' since this morning's update? Face ID just spins forever then asks for a passcode I haven't used since 2022"),
    (C, RD, "Same here. Brell app on an iPhone 15, updated at lunch, now Face ID won't work at all. Had to reset my passcode which means waiting for a letter?? A LETTER"),
    (C, RD, "Yep. Android too so it's not an Apple thing. Fingerprint login on Brell just says 'something went wrong' and kicks me back out"),
    (C, RD, "Glad it's not just me, thought my phone was dying. Who pushes an update on a Wednesday and breaks the one thing everyone uses? Brell, apparently"),
    (C, RD, "Called Brell, 35 min hold, they said 'we're aware of some customers experiencing login issues'. Some customers. Look at this thread mate"),
    (C, RD, "reinstalled the Brell app, did nothing except make me re-register the whole device. still broken"),
    (C, RD, "Needed to send rent today and couldn't get into my Brell app for ages. Ended up using online banking on a laptop like it's 2009"),
    (C, RD, "the new app from last week was nice but what's the point if Brell can't keep the login working"),
    (C, RD, "Still broken for me at 5pm. Brell status page says 'all systems operational' lol ok"),
    (C, RD, "Third Brell update in a year that's messed up biometrics. Do they not test on actual phones?"),
    (C, X, "@BrellHelp your latest update has broken face ID login for me, passcode only now. not ideal when I'm trying to pay someone at the door"),
]

CRISIS = [
    (C, X, "erm @BrellHelp why is my app showing me someone called Dorothy's current account?? where's MY money"),
    (C, RD, "Brell app is showing me a completely different person's transactions. Names, payees, everything. This can't be right. Anyone else logged in this morning?"),
    (C, X, "logged into Brell on the train and saw a stranger's salary, rent and their takeaway habit. this is a data breach, not a 'glitch'"),
    (Q, TH, "is it safe to open the Brell app right now or will someone else see my account too"),
    (C, X, "So if I can see other people's Brell accounts, other people can see mine. Brilliant. Absolutely brilliant. 🙃"),
    (C, TT, "screen recording of my Brell app showing 3 different people's accounts every time I refresh. not even joking. blurred their names"),
    (NW, CP, "Brell app customers report seeing strangers' bank accounts",
     "Customers of Brell Bank say its mobile app has been displaying other people's balances and transactions since early on Monday. The bank has not yet commented."),
    (NW, X, "",
     "We're aware some customers are seeing incorrect account information in the Brell app. We've taken the app offline while we investigate. Card payments and online banking are not affected.",
     "@BrellHelp"),
    (Q, RD, "Serious question: if someone saw my Brell account, can they actually move money out of it or is it view only?"),
    (C, FB, "My pension goes into Brell and now I find out any random person might have been looking at it this morning. I'm shaking. Who do I even complain to"),
    (O, X, "people calm down, it's almost certainly a caching issue, it's view-only and nobody's moving money out of Brell accounts. still bad but not 'the bank has been hacked'"),
    (NW, MD, "Brell takes app offline after customers see other accounts",
     "Brell Bank has suspended its mobile app after users reported seeing other customers' balances and payment histories. The lender said there was no evidence money had been moved."),
    (C, TP, "One star because zero isn't an option. Brell showed my full account to strangers and their response is a tweet."),
    (C, X, "the Brell app went down at 9 and the phone line is a 2 hour wait. how am I supposed to check I've still got my money"),
    (Q, RD, "Should I be changing my passwords / card details after the Brell thing or is that pointless if it was their system?"),
    (C, X, "ten years with Brell and this is how they treat customer data. moving to Nuvio tonight"),
    (NW, NL, "ICO 'making enquiries' after Brell app data exposure",
     "The Information Commissioner's Office said it was aware of reports from Brell Bank customers and was making enquiries. Brell has not said how many customers were affected."),
    (O, TH, "Not defending Brell but every bank has had a big IT failure at some point. The real test is what they do next."),
    (C, X, "love how Brell spent a fortune on an app redesign and it's now sharing my bank statements with the general public. innovation"),
    (Q, X, "@BrellHelp how do I find out if MY account was one of the ones shown to other people?"),
    (C, FB, "My daughter saw a man's account on her Brell app, his mortgage, his payday loans, everything. She felt sick. That poor man has no idea."),
    (O, RD, "Work in IT at a (different) bank. Sounds like a session mix-up in a cache layer after a deployment. Nasty, but usually view-only. Brell will have logs of exactly who saw what."),
    (C, TT, "Brell really said 'we take your privacy seriously' and then showed my overdraft to a stranger in Swindon"),
    (NW, FTB, "Brell blames 'configuration change' for app data exposure",
     "Brell Bank said a configuration change made on Sunday night caused some app users to be shown other customers' account details. About 3,200 customers may have been affected, and no payments could be made from the wrong accounts."),
    (NW, X, "",
     "We're deeply sorry. This morning a fault in our app meant some customers could see another customer's account details. That should never happen. The app is back online and we're contacting everyone affected directly. Rhian Okafor, CEO, Brell Bank",
     "@BrellUK"),
]

FOLLOWUP = [
    (16, NW, CP, "Brell to pay £150 to customers whose accounts were exposed",
     "Brell Bank will pay £150 to each of the roughly 3,200 customers whose details were visible to others in Monday's app fault. The bank said letters would go out this week."),
    (16, Q, RD, "Has anyone actually had the Brell letter saying whether they were affected? Nothing yet and it's doing my head in"),
    (17, NW, NL, "FCA asks Brell for full account of app failure",
     "The Financial Conduct Authority has asked Brell Bank to provide a detailed report on Monday's app fault, including how the configuration change was tested."),
    (17, O, TH, "first time opening the Brell app since Monday. my own account, my own money. heart rate back to normal"),
    (18, NW, MD, "Switching requests from Brell customers triple, says Nuvio",
     "Digital bank Nuvio said current account switch requests from Brell Bank customers tripled this week after the Brell app exposed customer details."),
    (18, Q, X, "@BrellHelp is the £150 paid automatically or do I have to claim it? can't see anything in the app"),
    (19, C, X, "£150 for showing my bank statements to a stranger. Brell thinks my privacy is worth less than a weekly shop"),
    (19, P, X, "credit where it's due, Brell rang me personally, explained exactly what was seen and paid the £150 same day. still annoyed but that was handled well"),
]

LOOKALIKE = [
    (X, "forgot my brelly AGAIN. third time this week I've turned up at work looking like a drowned cat"),
    (TH, "the wind turned my umbrella inside out on the bridge and a pensioner laughed at me. deserved tbh"),
]

DOMAIN = [
    (MD, "Castellan Bank cuts easy-access savings rate to 3.1%",
     "Castellan Bank is trimming the rate on its easy-access saver for the second time this year. Savers with balances over £10,000 will see the biggest drop."),
    (X, "Castellan app down again? can't log in, just a white screen"),
    (RD, "Is it worth switching current accounts for a £175 bonus or is it more hassle than it's worth?"),
    (NL, "Bank of England holds interest rates at 3.75%",
     "The Bank of England kept interest rates on hold, with policymakers split over how quickly inflation will return to target."),
    (TH, "Nuvio just rounded up my coffee to £4 and put 60p in savings. tiny wins"),
    (FTB, "Nuvio passes three million UK customers",
     "Digital bank Nuvio said it now has more than three million UK customers, having added 400,000 since January."),
    (X, "nothing like a 'we've noticed unusual activity on your account' text to wake you up faster than coffee"),
    (RD, "How long does a current account switch actually take? Moving everything over before payday and slightly worried"),
    (FB, "Our local Post Office now does banking for most high street banks, didn't know that until today"),
    (CP, "Scam texts impersonating banks up 40% this spring",
     "Fraudulent texts pretending to be from banks rose by 40% in the first quarter, according to an industry body. Customers are urged never to click links in unexpected messages."),
    (X, "payday feels further away every month i swear"),
    (TT, "budgeting with cash envelopes for a month, week 2 update: I've eaten a lot of beans"),
    (RD, "Castellan or Nuvio for a joint account? We just want separate pots for bills and holidays"),
    (X, "why do banking apps need 400MB of storage. it's a number and a list"),
    (MD, "Mortgage approvals rise for third month running",
     "Mortgage approvals for house purchases rose for a third consecutive month, suggesting buyers are returning as fixed rates ease."),
    (TH, "just realised I've been paying for two streaming services I haven't opened since christmas. cancelled both. financial genius"),
    (NL, "Number of UK cash machines falls below 45,000",
     "The UK now has fewer than 45,000 cash machines, down by a third in a decade, as card and phone payments continue to grow."),
    (X, "Nuvio support sorted my issue in the chat in 4 minutes. witchcraft"),
    (RD, "Does anyone actually use the 'round up' savings features or is it a gimmick?"),
    (FTB, "Open banking payments pass 20 million a month",
     "Payments made through open banking passed 20 million in a single month for the first time, driven by bill payments and account top-ups."),
    (X, "just had to explain to my dad what a contactless limit is for the fourth time"),
    (FB, "Can anyone recommend a good mortgage broker in the Wirral area?"),
    (TP, "Castellan Bank: took three calls to close my late mum's account but the third person was lovely. 3 stars"),
    (X, "ISA season's over and I put in £40. Martin Lewis would be disappointed"),
    (CP, "High street branch closures pass 6,000 since 2015",
     "More than 6,000 bank branches have closed in the UK since 2015, according to consumer group research, with rural areas hit hardest."),
]
