"""English timeline for Pomelle (UK supermarket chain with home delivery)."""
from data_common import *

STEM = "en-pomelle"
LANG = "en"
BRAND = "Pomelle"
ALIASES = ["Pomelle", "포멜"]
COMPETITORS = ["Dunmore's", "던모어", "Freshwick", "프레시윅"]

GW = "thegrocerwire.co.uk"
CM = "citymorning.co.uk"
SN = "shelfnews.co.uk"
MID = "midlandsdaily.co.uk"

BURST_START = "2027-04-09T11:00"
ISSUE_START = "2027-04-14T14:00"
CRISIS_START = "2027-04-19T08:30"
COMPLAINT_DAYS = [2, 4, 7, 8, 13, 20]
ISSUE_THREAD = "groups/leedsparentsnetwork/posts/1093847561/"

BASELINE = [
    # praise
    (P, X, "Pomelle's own-brand crumpets are better than the branded ones and I will not be taking questions"),
    (P, TH, "not bad actually, first Pomelle delivery and nothing substituted, driver even carried it up three flights"),
    (P, IG, "Sunday roast sorted with the Pomelle Finest lamb 🍖 worth the extra couple of quid #Pomelle"),
    (P, TP, "Pomelle delivery slots actually available on a Saturday, everything fresh, eggs intact. Five stars from me."),
    (P, RD, "Pomelle's reduced section after 7pm is elite. Got a whole sourdough and two salmon fillets for £2.40"),
    (P, FB, "Shout out to the Pomelle driver in Didsbury who noticed my mum hadn't answered and waited to make sure she was ok. Above and beyond."),
    (P, X, "ok Pomelle's £3.50 frozen pizza is unironically good"),
    (P, TT, "rating supermarket meal deals: Pomelle wins purely because of the mango chutney wrap"),
    (P, TH, "Pomelle delivery turned up 10 minutes early with a text heads up. who are you and what have you done with my usual supermarket"),
    (P, RD, "Pomelle's gluten free range is genuinely the best I've found, and I've been coeliac for 15 years"),
    (P, X, "the Pomelle app remembering my usual shop means I can do a full order in 4 minutes on the bus. love it"),
    (P, IG, "Pomelle flowers £4 and they've lasted nearly two weeks 🌷"),
    (P, TP, "Ordered for my dad who's housebound. Pomelle let me leave delivery notes for the driver and they followed them to the letter."),
    (P, FB, "Freshwick put their delivery charge up so I tried Pomelle. Cheaper and the fruit was better. Sorry Freshwick"),
    # questions
    (Q, RD, "Does Pomelle do click and collect from the smaller stores or just the big ones?"),
    (Q, X, "@PomelleHelp can I change my delivery address after checkout or do I need to cancel the whole order"),
    (Q, FB, "Does anyone know if the Pomelle delivery pass covers Sunday slots too"),
    (Q, TH, "what time does Pomelle do the yellow sticker reductions. asking for me"),
    (Q, RD, "Is a Pomelle delivery pass worth it for a household of two? We order maybe every 10 days"),
    (Q, X, "does Pomelle deliver to Anglesey yet or is it still mainland only"),
    (Q, FB, "Anyone tried the Pomelle birthday cakes? Need one for Saturday and the bakery near us is shut"),
    (Q, X, "@PomelleUK do you still do the free fruit for kids thing at the entrance"),
    (Q, RD, "Pomelle vs Dunmore's for a weekly family shop, which actually works out cheaper? Family of 4, Midlands"),
    (Q, TH, "can you return a Pomelle delivery item in store or do you have to do it through the app"),
    (Q, X, "anyone know if Pomelle rewards points expire"),
    (Q, FB, "Is the Pomelle on the retail park open till 10 or 11 on weekdays?"),
    (Q, RD, "Does Pomelle still price match Dunmore's like they used to or did that end"),
    # news
    (NW, GW, "Pomelle sales rise 6.2% as online grocery demand holds up",
     "Pomelle reported like-for-like sales growth of 6.2% in the 12 weeks to early April, with online orders now making up nearly a fifth of revenue."),
    (NW, CM, "Pomelle to open 12 convenience stores across the Midlands",
     "Pomelle will open 12 smaller convenience stores in the Midlands this year, mostly in suburban high streets. Each store will also act as a collection point for online orders."),
    (NW, SN, "Pomelle cuts prices on 300 staple products",
     "Pomelle is lowering prices on around 300 everyday lines including bread, milk and pasta. The grocer said the cuts were funded by savings in its supply chain."),
    (NW, MID, "New Pomelle depot in Daventry to create 400 jobs",
     "Pomelle has opened a distribution centre in Daventry that will serve its stores and home delivery network across the region, creating about 400 jobs."),
    (NW, X, "",
     "From next month all Pomelle carrier bags will be made from 100% recycled plastic. Small change, big difference 💚",
     "@PomelleUK"),
    (NW, RD, "PSA: Pomelle are doing double points on fresh fruit and veg until Sunday"),
    (NW, GW, "Pomelle trials robot pickers at Reading fulfilment centre",
     "Pomelle is testing robotic picking arms at its Reading online fulfilment centre. The grocer says it hopes to cut the time taken to pack an order by a third."),
    (NW, TH, "heads up Pomelle have changed their delivery saver to £6.99 a month for new sign ups, existing stays the same"),
    (NW, CM, "Pomelle named cheapest supermarket in latest basket survey",
     "A basket of 40 everyday items cost £3.12 less at Pomelle than at its nearest rival, according to a monthly price comparison by a consumer magazine."),
    (NW, SN, "Pomelle extends partnership with food redistribution charity",
     "Pomelle will donate surplus food from all its stores through a national redistribution charity, extending a pilot that ran in 90 shops."),
    (NW, FB, "Pomelle on Queen's Road has new opening times from next week, 7am to 10pm."),
    # other
    (O, X, "overheard in Pomelle: 'you can't just buy crisps for tea, Gary.' Gary bought crisps for tea"),
    (O, RD, "I work at Pomelle and the number of people who park in the disabled bays to 'just nip in' is astounding"),
    (O, TH, "accidentally spent 40 minutes in Pomelle looking at candles. I went in for milk."),
    (O, IG, "spotted: Pomelle car park at 8am full of dads buying croissants"),
    (O, X, "my toddler calls Pomelle 'the apple shop' and now so do I"),
    (O, FB, "Not defending Pomelle but prices have gone up everywhere, Dunmore's is no better"),
    (O, RD, "Dunmore's and Pomelle are basically the same for me, I just go wherever the parking's easier"),
    (O, TT, "me speedrunning the Pomelle self checkout before the 'unexpected item' voice catches me"),
    (O, X, "the Pomelle delivery van just reversed into our street and every curtain is twitching"),
    (O, TH, "Pomelle's new advert has a dog in it so I have no notes"),
    (O, IG, "haul from Pomelle, mostly snacks, a bit of regret"),
    (O, RD, "My nan worked at the original Pomelle in Leamington in the 70s. Said it was all hand-written price tags back then"),
    # lone complaints
    (C, X, "third week running Pomelle have subbed my oat milk for whole milk. I'm lactose intolerant not lactose curious"),
    (C, TP, "Pomelle delivery came 2 hours outside the slot with no text. Frozen stuff half defrosted. Not impressed."),
    (C, FB, "Bought Pomelle strawberries this morning and they're mouldy underneath. Lovely."),
    (C, X, "love that @PomelleHelp's answer to a missing item is 'please check your bags again'. I checked. It's a bag of air."),
    (C, RD, "Pomelle self checkouts asking for staff approval every third item. Why even have them"),
    (C, TH, "Pomelle's 'fresh' bread stays fresh for approximately 14 hours. science can't explain it"),
]

BURST = [
    (NW, GW, "Pomelle launches £1-a-week delivery pass",
     "Pomelle has launched Pomelle Plus, a delivery pass costing £1 a week that covers unlimited deliveries on orders over £30. The grocer is offering free delivery to all customers this weekend to mark the launch."),
    (NW, X, "",
     "Say hello to Pomelle Plus 👋 Unlimited deliveries for £1 a week. And this weekend delivery's on us for everyone. Go on, do the big shop from the sofa.",
     "@PomelleUK"),
    (P, X, "£1 a week for unlimited deliveries?? Pomelle have actually done it. signed up before I finished reading the email"),
    (P, TH, "Pomelle Plus is such a good shout for people without a car. my whole building is going to sign up"),
    (NW, RD, "For anyone comparing: Pomelle Plus works out at £52/yr, min order £30, includes Sunday slots. Dunmore's equivalent is £79/yr with a £40 minimum."),
    (O, X, "the Pomelle Plus email arrived while I was literally walking home from Pomelle carrying six bags"),
    (NW, CM, "Pomelle Plus sign-ups pass 100,000 in first morning",
     "Pomelle said more than 100,000 customers signed up to its new delivery pass within hours of launch, making it the grocer's most successful online launch."),
    (P, TH, "genuinely impressed with Pomelle today, sign up took 30 seconds and my first slot is tomorrow morning"),
    (P, X, "Pomelle Plus + free delivery weekend = I'm not leaving the flat until Monday. thank you Pomelle 🫡"),
    (O, RD, "Not a Pomelle customer but this might finally push Dunmore's to cut their pass price, so good for everyone"),
]

ISSUE = [
    (C, FB, "Is it just me or are Pomelle substitutions getting ridiculous? Ordered chicken thighs, got chicken flavour noodles"),
    (C, FB, "Same!! Pomelle subbed size 4 nappies with size 1. My son is 2. What am I meant to do with those"),
    (C, FB, "Pomelle swapped my gluten free bread for a normal loaf. It literally says on my account that I'm coeliac"),
    (C, FB, "Ordered 6 bananas from Pomelle, got 6 plantains. Tried to make banana bread anyway, it did not go well 😂"),
    (C, FB, "9 substitutions out of 30 items from Pomelle yesterday. Might as well have let them pick my whole shop"),
    (C, FB, "Pomelle's response to my complaint was a £2 voucher. For a £14 missing meat order. Wow."),
    (C, FB, "Been happening round Headingley all week, I think the Pomelle pickers are new. Still not ok to send sausages instead of vegan sausages though"),
    (C, FB, "Rejected the subs at the door and now I have no dinner. Thanks Pomelle"),
    (C, FB, "I ticked 'no substitutions' on Pomelle and still got them, how is that even possible"),
    (C, FB, "Think I'm going back to Dunmore's after this week, Pomelle deliveries have gone right downhill"),
    (C, X, "@PomelleHelp ordered lemons, received a lemon cheesecake. creative but no"),
]

CRISIS = [
    (C, FB, "Just found a sharp bit of hard plastic in a Pomelle Little Ones pouch I was about to give my 9 month old. Shaking. Has anyone else had this?"),
    (C, X, "found plastic in my daughter's Pomelle baby food pouch this morning. actual plastic. photo below. @PomelleHelp what is going on"),
    (C, RD, "Two separate parents in my NCT group have found plastic shards in Pomelle's apple & pear pouches this morning. This isn't a one-off."),
    (Q, X, "are the Pomelle baby pouches safe or not?? I've got a cupboard full"),
    (C, TT, "showing you the bit of plastic I pulled out of my son's Pomelle pouch. this could have gone so badly. I'm so angry"),
    (NW, CM, "Parents report plastic in Pomelle baby food pouches",
     "Several parents have posted images of hard plastic fragments found in Pomelle's own-brand Little Ones fruit pouches. The supermarket said it was urgently investigating."),
    (NW, X, "",
     "We've been made aware of reports involving Pomelle Little Ones fruit pouches. As a precaution please don't use them while we investigate. We'll share more as soon as we can.",
     "@PomelleUK"),
    (Q, FB, "My baby had a Pomelle pouch yesterday and seems fine. Do I need to take her to A&E to be safe?"),
    (C, TH, "Pomelle advertising their baby range as 'made with care' is aging like milk"),
    (NW, GW, "FSA issues recall of Pomelle Little Ones pouches",
     "The Food Standards Agency has issued a recall for five varieties of Pomelle Little Ones fruit pouches because of the possible presence of hard plastic. Parents are told not to use them and to return them for a full refund."),
    (C, X, "trusted Pomelle with one thing: feeding my baby. and they couldn't even manage that"),
    (O, RD, "Batch issue at a supplier by the sounds of it. Not defending Pomelle, just saying it's probably not every pouch. Check the batch codes."),
    (C, TP, "One star. Fed my twins Pomelle pouches for months and now find out they might have had plastic in them. Never again."),
    (Q, X, "@PomelleHelp which batch codes are affected? the recall notice only lists flavours"),
    (C, FB, "Took our pouches back to Pomelle and the staff had no idea about the recall. Had to show them the FSA page on my phone."),
    (C, IG, "Binned a whole cupboard of Pomelle Little Ones. Not risking it. Gutted, they were the only ones my fussy eater liked 😞"),
    (NW, SN, "Pomelle pulls entire baby food range after plastic found",
     "Pomelle has removed its whole Little Ones range from stores and its website after parents reported finding plastic fragments. The recall covers pouches sold since March."),
    (O, X, "to be fair to Pomelle they cleared the shelves within a few hours. Dunmore's took a week with the crisps thing last year"),
    (Q, RD, "Anyone know if Pomelle are refunding without a receipt? Got ours in a delivery so no paper receipt"),
    (C, TH, "my 'made with care' Pomelle pouch came with a free sample of hard plastic. incredible value"),
    (C, X, "my sister's baby has been sick since last night and she'd had two Pomelle pouches. probably nothing but the panic is real"),
    (NW, MID, "Northamptonshire supplier named in Pomelle baby food recall",
     "A food manufacturer in Northamptonshire has been identified as the supplier of the recalled Pomelle Little Ones pouches. The company said it had stopped production while checks are carried out."),
    (NW, FB, "Shared the FSA recall notice for the Pomelle Little Ones pouches in our baby group. Please check your cupboards everyone, all flavours are included now."),
    (C, X, "Pomelle's customer service line has been engaged for the last hour. anyone who's a parent knows why"),
    (NW, X, "",
     "We are truly sorry. Parents trust us with what they feed their children and we have let you down. All Pomelle Little Ones pouches are recalled: bring them to any store or request a refund in the app, no receipt needed. Hannah Vale, CEO",
     "@PomelleUK"),
]

FOLLOWUP = [
    (16, NW, GW, "Pomelle suspends baby food supplier",
     "Pomelle has suspended the supplier behind its Little Ones fruit pouches pending an investigation by the Food Standards Agency."),
    (16, Q, X, "has anyone had their Pomelle refund for the pouches yet? returned them through the app on monday"),
    (17, NW, CM, "Pomelle sales dip after baby food recall, analysts say",
     "Analysts estimate Pomelle's weekly sales fell by around 3% after Monday's baby food recall, with some shoppers switching to rivals."),
    (17, O, TH, "walked past the empty Pomelle baby aisle today, bit eerie"),
    (18, NW, X, "Pomelle have put the full list of batch codes on their site now if anyone's still checking"),
    (18, Q, FB, "Does anyone know if Pomelle are bringing the Little Ones pouches back? Nothing else my daughter will eat"),
    (19, C, RD, "Still no reply from Pomelle about my son's pouch that I sent photos of on Monday. Not even an automated one."),
    (19, P, FB, "The Pomelle store manager rang me personally to follow up on my report. Didn't expect that. Appreciated."),
    (19, NW, SN, "Pomelle to X-ray all own-brand baby food",
     "Pomelle says all own-brand baby food will be X-ray scanned before leaving suppliers when the Little Ones range returns."),
]

LOOKALIKE = [
    (CM, "French cellist Margaux Pomelle to open Harrogate spring festival",
     "Margaux Pomelle will open the festival with Elgar's Cello Concerto alongside the Northern Sinfonia. Tickets go on sale on Friday."),
    (IG, "back from a week at Villa Pomelle in the Luberon ☀️ lavender everywhere, zero wifi, would recommend"),
]

DOMAIN = [
    (GW, "Grocery inflation eases to 2.8%",
     "Grocery price inflation slowed to 2.8% over the past four weeks, the lowest rate this year, as fresh food prices fell."),
    (X, "Dunmore's delivery driver just handed me someone else's shopping and drove off. I now own 14 yoghurts"),
    (RD, "What's everyone's weekly food shop budget for two adults now? We're at £95 and it feels mad"),
    (TH, "Freshwick meal deal now £4. the end of an era"),
    (CM, "Dunmore's to close 20 underperforming stores",
     "Dunmore's will close 20 stores over the next year and invest the savings in price cuts, the grocer said."),
    (FB, "Anyone know a good butcher in Stockport? Fed up of plastic-wrapped mince"),
    (X, "supermarket self checkouts have made me say 'sorry' to a machine at least twice a week"),
    (SN, "Freshwick launches 30-minute rapid delivery in London",
     "Freshwick is offering 30-minute grocery deliveries in 14 London boroughs, using small dark stores and e-bike riders."),
    (RD, "Batch cooking on a Sunday has saved me about £30 a week, genuinely recommend"),
    (TT, "weekly shop haul for under £40, let's see how long it lasts"),
    (X, "why does a single avocado cost £1.20 and have the lifespan of a mayfly"),
    (MID, "Food bank use rises again in the East Midlands",
     "Food banks in the East Midlands handed out 12% more emergency parcels in March than a year earlier, a charity network said."),
    (TH, "Dunmore's bakery section at 9pm is a sad place"),
    (RD, "Online grocery delivery vs going in person, which actually saves you more?"),
    (GW, "Own-label products now make up half of UK grocery spend",
     "Supermarket own-label products now account for just over half of grocery spending, as shoppers continue to trade down from brands."),
    (FB, "Shout out to the greengrocer on Park Road, best strawberries I've had all year"),
    (X, "Freshwick's app logged me out mid-order and lost my basket. 47 items. I'm going to lie down"),
    (CM, "Egg prices fall as supply recovers",
     "The price of a dozen eggs has fallen by about 30p since January as flocks recover from last year's bird flu outbreaks."),
    (IG, "farmers market haul 🥕 overpriced but I feel virtuous"),
    (RD, "Is it worth getting a chest freezer? Trying to cut down on food waste"),
    (SN, "Supermarkets urged to scrap 'best before' dates on fruit and veg",
     "A waste charity has called on supermarkets to remove best before dates from fresh produce, saying they lead households to throw away edible food."),
    (X, "the amount of plastic my online shop comes wrapped in is genuinely upsetting"),
    (TH, "do people still make a shopping list or do we all just wander"),
    (TP, "Freshwick: delivery on time, driver polite, two items missing. 3 stars"),
    (GW, "Rapid grocery apps lose ground as shoppers return to the weekly shop",
     "Rapid delivery apps saw order numbers fall for a third quarter running as shoppers returned to planned weekly shops, according to market data."),
]
