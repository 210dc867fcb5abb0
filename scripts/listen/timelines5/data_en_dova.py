# English timeline for "Dova Coffee" (UK coffee-shop chain, mobile ordering app, Dova Rewards loyalty card).
# Line formats (one item per line, fields separated by "|"; news text is "Headline || lead"):
#   LONE / ORD / LOOK : src|text
#   BASE / CRISIS     : src|label|text
#   FOLLOW            : day|src|label|text
# src: x th rd ig fb tp (social), N (news, host picked by make.py); a trailing "!" = the brand's own account.

STEM = "en-dova"
LANG = "en"
SEED = 5101
BRAND = "Dova Coffee"
ALIASES = ["Dova", "도바"]
COMPETITORS = ["Brewstead", "브루스테드", "Lunetto", "루네토"]
OFFICIAL = {"x": "DovaCoffee", "fb": "Dova Coffee UK", "ig": "dovacoffee"}
SUBREDDITS = ["CasualUK", "unitedkingdom", "manchester", "Leeds", "UKPersonalFinance", "coffee", "london", "glasgow"]
FILLER_SET = "COFFEE"
ORD_START = (10, 11, 40)      # day, hour, minute (UTC)
CRISIS_START = (15, 8, 10)
LONE_DAYS = [2, 4, 6, 8, 12, 20]
LOOK_DAYS = [3, 13]

LONE = """
x|third time this month the Dova app has "lost" my order and I've stood at the pickup shelf like a lemon
tp|Ordered a flat white at Dova Briggate, got something closer to warm milk with a rumour of coffee in it. 2 stars because the staff were lovely.
x|love that Dova's "free 10th drink" quietly became the 12th. very cool, very normal
rd|Had 8 stamps on my Dova Rewards card yesterday, today it says 0 after the app update. Not happy tbh, that's nearly a free drink gone
th|£4.60 for a dova oat latte that was 70% foam. i'm not paying for air lads
fb|Queued 20 mins at the Dova at Piccadilly station and they'd run out of croissants before 9am. Every. Single. Day.
"""

BASE = """
x|praise|not gonna lie the Dova pistachio latte is carrying my whole february
ig|praise|Sunday reset ☕️📚 cinnamon bun + a book I'll pretend to read #dova #sundayvibes
th|praise|the barista at Dova Harbourside remembered my order after two visits. small thing but honestly made my morning
x|praise|Dova's new decaf is... actually fine? Who knew
tp|praise|Dova mobile order was ready before I even got to the counter. Coffee hot, name spelled right for once. Five stars, no notes.
rd|praise|Controversial but Dova does a better flat white than Brewstead. Fight me.
x|praise|not bad at all, @DovaCoffee. the new oat cortado slaps
fb|praise|Big thanks to the team at Dova Shoreditch who let my little one use the loo and then gave her a free babyccino 💕
ig|praise|rainy Leeds, warm Dova. that's the post
x|praise|dova app finally lets you save a "usual" order. took them long enough but I'll take it
th|praise|my Dova Rewards card just paid for my whole breakfast. feel like i've beaten the system
tp|praise|Consistently good coffee at Dova Glasgow Buchanan St. The almond croissant is dangerous.
x|praise|can't believe I'm saying this but the Dova matcha beats the one at the fancy place down the road
rd|praise|PSA for students: Dova does 25% off with a student ID before 11am and the coffee's decent. Saved me a fortune this term
x|question|@DovaCoffee does the app take Apple Pay or is it card only
rd|question|Does Dova do a proper dairy-free hot chocolate or is it just the oat one?
th|question|is the Dova at Manchester Piccadilly open before 6, got a 6:20 train
x|question|how do i merge two Dova Rewards accounts, made a second one by accident and my stamps are in limbo
fb|question|Does anyone know if Dova still does the pay-it-forward coffee thing? Wanted to do one for my nan's care home
x|question|when does the Dova spring menu drop. asking for me
rd|question|Dova gift cards - do they work in the airport branches or are those franchises?
ig|question|is the Dova hazelnut syrup vegan?? 🥺
x|question|anyone know what milk Dova uses in the flat whites now, tastes different lately
th|question|dova app asking me to "verify my birthday" for a free drink, is that legit or a scam
fb|question|Do Dova let you bring dogs in? Asking for a very polite spaniel
x|question|@DovaCoffee can I change the pickup store after ordering or am I stuck with it
N|news|Dova Coffee to open 40 new UK sites this year || The Manchester-based chain said it plans to open 40 sites in 2027, mostly at commuter stations and retail parks, creating around 600 jobs.
N|news|Dova trials reusable cup deposit scheme in Bristol || Customers at six Bristol branches will pay a 50p deposit on a reusable cup, refunded when it is returned to any participating store.
N|news|Coffee chains brace for bean price rise || Wholesale arabica prices have hit a two-year high, and chains including Dova, Brewstead and Lunetto are expected to pass some of the cost on to customers.
x!|news|The honey & oat latte is BACK 🍯 From Monday in every Dova and on the app. You asked, we listened.
N|news|Dova Coffee names former supermarket executive as finance chief || Dova Coffee has appointed Priya Natarajan, previously at a major grocer, as chief financial officer ahead of a possible stock market listing.
N|news|Dova and Brewstead top high-street coffee survey || A consumer survey of 4,000 shoppers ranked Brewstead first for taste and Dova first for value, with Lunetto third overall.
fb!|news|Dova Glasgow Buchanan Street will close at 4pm this Thursday for staff training. Sorry for any inconvenience, see you Friday!
N|news|Dova Coffee sales up 9% as app orders grow || The chain said mobile orders now make up a third of sales, with its Dova Rewards scheme passing 3 million members.
N|news|Police appeal after laptop theft in city centre cafe || Officers are appealing for witnesses after a laptop was taken from a table at a Dova Coffee branch on Briggate on Saturday afternoon.
x|other|meet you at the Dova by the station, I'll be the one looking tired
th|other|writing my dissertation from a corner table in Dova like a true main character
rd|other|Overheard in Dova: "I don't drink coffee, I just like holding it". Sir that is a £4 prop
x|other|the Dova on Deansgate has turned into a full coworking space. every table has a laptop and a man on a teams call
ig|other|first date was at a Dova, 3 years later here we are 🥹 #anniversary
fb|other|Lost a blue scarf at the Dova in Harrogate yesterday afternoon, if anyone picked it up please message me!
x|other|job interview at 10, currently in the Dova loos rehearsing answers to the mirror
rd|other|Dova is the only thing open in our town centre on a Sunday now. The high street is dying and it's hardly their fault
th|other|my toddler calls every coffee shop "Dova" now. we may have a problem
x|other|the lad in Dova doing pull-ups on the door frame. you ok hun
x|other|revising in Dova and the playlist is literally my ex's spotify. the universe is cruel
ig|other|latte art by me, not by Dova, I'm just sat in Dova 😂
x|other|new Dova opened where the old bank used to be. end of an era I guess
fb|other|Book club meets at Dova on Kings Road every second Thursday, new members always welcome!
x|other|the Dova loyalty card in my wallet is older than some of my friendships
"""

ORD = """
x|@DovaCoffee just got charged twice for one oat latte?? £4.35 x2 sitting in my banking app
rd|Dova app double charging anyone? Ordered at lunch, two identical payments showing as pending
x|great, Dova has charged me twice for a sausage roll. most expensive sausage roll of my life
x|same here @DovaCoffee, mobile order went through twice and only one coffee turned up. who do I even talk to
rd|Update: not just me, three people in my office got double-charged on the Dova app today. Support chat just says "we're looking into it" 🙃
x|Dova app took £9.20 off me for a £4.60 order. thanks for nothing
rd|Dova support say the duplicate payment will "drop off in 3-5 working days". Cool, I'll just not eat till then
"""

CRISIS = """
x|complaint|anyone else just get a weird email with their actual Dova order history in it asking to "confirm payment details"?? that's not a normal phish, they know what I ordered on tuesday
rd|question|Got a very convincing phishing email using my Dova Rewards name, birthday and last order. How would they get that? Has Dova been breached?
x|complaint|someone just used my Dova app balance to buy 6 drinks in Newcastle. I live in Cornwall.
th|complaint|my dova account logged me out and now my password "doesn't match". cool cool cool
x|complaint|There's a post on a hacking forum claiming 1.2m Dova Rewards records for sale: names, emails, phone numbers, DOB, last 4 of cards. And not a peep from Dova. Change your passwords #DovaLeak
x|complaint|@DovaCoffee are you going to say anything or are we finding out from randoms on here
fb|question|Is this true about Dova? My mum uses the app with her card saved, should she cancel the card?
rd|complaint|My Dova email is on the list that got posted this morning. Absolute joke of a company
N|news|Dova Coffee investigating reports of customer data leak || The coffee chain said it was "urgently investigating" after customers reported phishing emails containing their loyalty account details and a hacking forum advertised what it claimed were 1.2 million Dova Rewards records.
x|complaint|So Dova had my date of birth, phone number AND card digits and couldn't keep them safe. For a COFFEE app. why did it even need my birthday
tp|complaint|1 star. £38 of top-up balance gone from my account this morning and there's no phone number to call. Dova's chatbot just keeps sending me the FAQ.
x|complaint|deleting the Dova app rn. not worth a free cinnamon bun
th|question|how do you actually delete a dova account, the button just takes you to a "we'll miss you" page
ig|complaint|Sorry to be that person but if you've got the Dova app with a saved card, check your statements today. Mine had two payments I never made 😩
x|complaint|love getting my morning coffee AND my identity stolen, Dova really is a one-stop shop
N|news|Hackers claim to have stolen data of 1.2m Dova Coffee customers || Screenshots shared online appear to show names, email addresses, phone numbers and partial card numbers from the chain's loyalty scheme. Dova has not confirmed the size of the breach.
rd|question|Does the Dova breach include people who only ever used the paper stamp card and never the app? Asking for my dad who's now panicking
x|complaint|@DovaCoffee your status page says "all systems operational". does it though
N|news|Dova Coffee breach: what customers should do now || Security experts advise anyone with a Dova Rewards account to change their password, watch out for emails quoting their order history and check bank statements for unfamiliar payments.
x|complaint|why am I hearing about the Dova leak from my bank's fraud team and not from Dova
th|question|genuinely asking: if Dova kept our card numbers were they encrypted or what
fb|complaint|My daughter's details are in this Dova thing and she's 15. They let kids sign up with birthdays and then lose the data?? Disgusting.
x|complaint|the Dova app is now just a spinning cup. either they've pulled it or it's melting down
N|news|ICO says it is aware of Dova Coffee incident || The Information Commissioner's Office said it had received a report from Dova Coffee and was "making enquiries" about the suspected breach.
x|question|has anyone actually had an email from Dova about the leak yet? trying to work out if I'm affected
rd|complaint|Brewstead's marketing team must be having a great day lol. Anyway, Dova: three hours and still no statement. Shambolic.
x|other|Honestly Dova are hardly the first and won't be the last. every company gets breached eventually. change your password, turn on 2FA, move on
tp|complaint|Won't be using Dova again. Used the app daily for two years and now I'm getting scam texts with my name and my usual order. Creepy and unacceptable.
x|praise|credit where it's due, the Dova staff in Harrogate refunded my stolen balance on the spot. not everyone will be that lucky but fair play to them
N|news|Dova Coffee owner's shares fall after data breach claims || Shares in the chain's parent company fell 7% in afternoon trading after the firm confirmed it had taken its app offline while it investigated.
x|question|when will the Dova app be back, I've literally got £20 on there
th|other|my entire group chat just deleted dova in solidarity. a boycott of people who will absolutely be back by friday
x!|news|We're sorry. Earlier today we confirmed that an unauthorised party accessed some Dova Rewards account data. We've taken the app offline, reset all passwords and will contact every affected customer directly. Updates: dova.co.uk/update
N|news|Dova Coffee apologises and confirms customer data was accessed || The chain said names, email addresses, phone numbers, dates of birth and the last four digits of payment cards were exposed, but that full card numbers and passwords were not.
x|complaint|a "we're sorry" at lunchtime for something people were screaming about at 8am. ok Dova
rd|complaint|Dova's apology is out. Says passwords weren't exposed, so why force-reset everyone? Not buying it
"""

FOLLOW = """
16|N|news|Dova app returns with two-factor login after breach || The Dova Coffee app went back online on Tuesday morning with mandatory two-step verification, and affected customers will be offered a free drink, the company said.
16|x|question|is the Dova 2FA thing text only or can you use an authenticator app
16|rd|news|For anyone asking: Dova confirmed in an email last night that paper stamp cards weren't affected, only app accounts.
17|N|news|ICO opens formal investigation into Dova Coffee data breach || The data watchdog said it would examine whether the chain had appropriate security measures in place to protect the personal information of its loyalty scheme members.
17|th|other|back in Dova this morning like nothing happened. queue was the same length too, so there's your boycott
18|x|question|did anyone actually get the Dova voucher email or is it just me
18|N|news|Law firm signs up 2,000 for Dova Coffee group claim || A consumer law firm says more than 2,000 people have joined a potential group action over the loss of their data from the Dova Rewards scheme.
19|x|complaint|free drink voucher from Dova landed. one latte in exchange for my birthday, phone number and card digits. fair trade I guess
"""

LOOK = """
N|Moldova and Romania sign energy interconnector deal || The agreement will allow Moldova to import up to 1,000MW of electricity from its neighbour, reducing reliance on a single power plant.
rd|Spent all Sunday fighting a Cordova build for an ancient hybrid app at work. Gradle errors all the way down, 0/10 do not recommend
"""
