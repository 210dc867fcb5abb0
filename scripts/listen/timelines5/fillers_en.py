# English background items (no brand mention). Format: src|text ; news: N|Headline || lead

COFFEE = """
x|why is every train out of Leeds delayed the exact day I'm actually on time
th|made banana bread for the first time and it's basically a brick. a tasty brick
N|Wind warning issued for northern England as 70mph gusts forecast || The Met Office has issued a yellow warning covering much of Yorkshire and the North East from Wednesday evening, with disruption to travel likely.
rd|Is it rude to bring your own teabag to a café and ask for hot water? Genuine question, my gran does it everywhere
x|Brewstead's new loyalty app wants my location "always". no thank you
ig|Sunday roast at mum's 🥩🥔 the yorkshires were the size of my head
x|my landlord has sent a text that just says "quick call?" and I've aged ten years
N|Council approves £2.3m plan to pedestrianise high street || Councillors voted 31 to 12 in favour of closing the central stretch to traffic from next spring, despite objections from some traders.
fb|Lost cat in the Headingley area, ginger with one white paw, answers to Biscuit (sometimes). Please share!
x|the man next to me on the bus is eating a whole rotisserie chicken at 8am and honestly I respect it
th|new year new me lasted until roughly february the 3rd
rd|Lunetto's flat whites have gone downhill since they changed beans. Anyone know who roasts for them now?
N|Rail strike called off after last-minute pay deal || Train drivers will vote on a revised offer, meaning services planned for next week will run as normal.
x|paid £3.80 for a croissant at the station. it wasn't even warm
ig|first snowdrops in the garden 🌱 spring is loading
x|if one more person says "per my last email" to me today I'm walking into the sea
tp|Great service from the locksmith, came within 40 minutes at 11pm and didn't overcharge. Highly recommend.
N|House prices edge up 0.4% in January || The average UK property price rose to £289,000 last month as lower mortgage rates tempted buyers back, according to the latest index.
x|gym still full of resolution people. proud of you all, please stop doing curls in the squat rack
th|my neighbour's kid is learning the trumpet. it's been 3 weeks. he is not improving
rd|What's the best cheap grinder for a moka pot? Budget about £40
fb|Community litter pick this Saturday 10am at the park gates, gloves and bags provided 💚
N|Late winner keeps title race alive || A 92nd-minute header secured all three points on Saturday, cutting the gap at the top of the table to two points.
x|every group chat has one person who replies to a message from 4 days ago like nothing happened. it's me. I'm that person
x|nothing humbles you like a self-checkout shouting "unexpected item in bagging area" in front of a queue of 15 people
ig|pancake day practice round 🥞 flipped 4, the floor got 2
N|Hospital waiting list falls for third month in a row || The number of people waiting for routine hospital treatment in England fell to 7.1 million, new figures show.
th|the audacity of my phone telling me to "take a break" after 4 hours of screen time when it's the reason
rd|Anyone tried the new ramen place on Oldham Street? Worth the queue?
x|brewstead barista wrote "Jon" on my cup. my name is Siobhan. we're not even in the same postcode
N|Energy price cap to fall by 4% from April || Typical household bills will drop by about £70 a year under the new cap announced by the regulator on Friday.
x|cold brew in February is a personality trait and I'm not ashamed
fb|Does anyone know a good dog groomer in Harrogate? Ours has retired and the spaniel is turning into a sheep
th|been on hold with the council for 40 mins to ask about a bin. a BIN
ig|Date night 🍝 homemade pasta, slightly wonky, fully delicious
N|Museum reopens after £12m refurbishment || The city's natural history museum reopened on Saturday with a new dinosaur gallery and a rooftop café.
x|the weather app said 10% chance of rain and I am now wetter than the sea
rd|Moving to Bristol next month, which areas are decent for a young couple without a car?
x|Lunetto doing 2-for-1 on pastries after 3pm is the only reason I survive thursdays
th|my flatmate labels his milk. with his name AND the date. who hurt him
N|Teachers vote to accept 5.5% pay offer || Members of the largest teaching union backed the deal by a large majority, ending months of uncertainty in schools.
x|watched 3 episodes of that new detective show and I still don't know who anyone is
fb|Happy 90th birthday to my grandad who still walks 5 miles a day and refuses to own a mobile phone 🎉
x|train wifi in 2027 is still just a login page that never loads
ig|Morning run along the canal, 5k done and only slightly dying 🏃‍♀️
N|Appeal after pensioner's car stolen from supermarket car park || Officers in Stockport are asking for dashcam footage after a silver hatchback was taken on Thursday afternoon.
rd|Is an Aeropress actually worth it or is it a cult? Asking before I spend £35
x|the way my boss said "let's take this offline" like we weren't all on a video call in our pyjamas
th|finally bought a proper winter coat and now it's 12 degrees. classic
N|£2 bus fare cap extended to 2028 || The government confirmed on Monday that the cap on single bus fares in England would continue for another year.
x|dentist said "this won't hurt", a lie told by every dentist since the dawn of time
fb|Our little bakery turns 5 this week! Thank you to every single one of you who has come through the door 🥐❤️
x|three people in my office have the same reusable cup and now nobody knows whose is whose. chaos
rd|Why does supermarket oat milk split in coffee but the café stuff doesn't? Science people help
ig|Leeds at golden hour never misses 🌅
N|New species of deep-sea octopus found off Scottish coast || The creature, discovered at a depth of 1,800 metres, has been nicknamed "the ghost" because of its translucent skin.
x|told myself I'd go to bed early. it's 1am and I'm reading about medieval plague doctors
th|is every household divided on toilet roll over or under or is it just us
x|brewstead have put their flat white up to £3.95. enjoy your yacht lads
N|Retail sales rise as shoppers return to high streets || Sales volumes rose 0.8% in January, boosted by clothing and food, official figures show.
fb|Can anyone recommend a decent electrician in Chorlton? Just need a couple of sockets moved
x|my cat just knocked my tea off the table while maintaining eye contact. this is a threat
rd|Barista here: please stop asking for "extra hot" lattes, the milk literally burns. We love you but no
ig|Wedding dress shopping with my sister today and we both cried at the first one 😭💍
N|Parents warned over fake children's toys sold online || Trading standards officers seized more than 3,000 counterfeit toys that failed safety tests, some with small parts that came off easily.
x|if you clap when the plane lands just know the pilot can't hear you
th|made it through a whole meeting without saying "sorry, you're on mute". growth
x|the man at the corner shop knows my order better than my own family does
N|Overnight closures planned for motorway resurfacing || Sections of the M62 will shut on Friday and Saturday nights while resurfacing work takes place.
rd|Best place for brunch in Glasgow city centre that takes bookings for 8?
fb|Free sofa to a good home, collection only, slight cat damage on one arm 🛋️
x|walked into a room and forgot why for the fourth time today. it's not even lunch
ig|sourdough day 7 🍞 the starter has a name now. it's Gerald
N|Universities report record international applications || Applications from overseas students rose 9% compared with last year, according to admissions figures.
x|there are two types of people: those who put the milk in first and those who are correct
th|went to IKEA for a lamp, left with a plant, 40 tea lights and no lamp
x|lunetto app keeps asking me to rate my coffee. it was coffee. 4 stars. leave me alone
N|Unseasonably mild half-term forecast || Forecasters say temperatures could reach 16C in parts of southern England, well above the seasonal average.
rd|What's a normal tip at a café in the UK? I'm American and very confused
fb|Thank you to the kind stranger who paid for my shopping when my card declined today. You didn't have to do that 💙
x|group project where I'm doing 80% of the work and everyone else is "happy to help if needed"
ig|rainy day = soup day 🍲 leek and potato, zero regrets
N|Children's hospital appeal smashes target || A year-long appeal has raised £4.1m for a new paediatric intensive care unit.
x|just heard someone say "it is what it is" about the broken printer with the weariness of a war veteran
th|my plants are thriving and my emotional life is not. balance
N|Village pub named best in the country by real ale group || The 200-year-old pub was praised for its "warm welcome and outstanding cellar".
x|the seagull that stole my chips in Whitby last summer still lives rent free in my head
rd|Does anyone actually use loyalty apps or do you just forget they exist
x|why do I feel guilty walking past a charity collector. I gave last week Barbara
fb|Pub quiz tonight at the Red Lion 8pm, £2 entry, winners get the meat raffle 🥩
N|Tech firm to create 1,200 jobs at new Manchester hub || The company said the site would focus on artificial intelligence research and open in late 2028.
ig|matcha at home attempt 3: finally no lumps 🍵
x|my toddler just told me my singing is "too loud and too bad". the critics have spoken
th|tried working from a café for "inspiration" and spent 2 hours people-watching instead
N|Water company fined over sewage spills into river || Regulators said the firm had failed to report hundreds of discharges over a two-year period.
x|nothing like a 7am fire alarm test to remind you you're alive
rd|How do you lot deal with noisy upstairs neighbours without starting a war?
fb|Reminder that bin day moves to Fridays from next week! Don't be like me and leave it out for 3 days
x|the new series of that baking show is so wholesome I had to have a little lie down
N|Airport passenger numbers back above pre-pandemic levels || The airport handled 2.1 million passengers in January, its busiest start to a year on record.
ig|Valentine's bake 💘 heart-shaped cookies, only slightly lopsided
x|I don't trust people who say they "don't really like chocolate"
th|another day another "urgent" email that could have waited until never
N|City primary school rated outstanding for first time || Inspectors praised the school's reading programme and "exceptional" pastoral care.
x|why do I always find a £5 note in my coat in summer and never when I need it
rd|Is a bean-to-cup machine worth it for a family of four or do pods make more sense?
x|lunetto on Deansgate has the comfiest chairs in Manchester and I will not be taking questions
fb|Anyone in Clifton lost a set of keys with a little rubber duck keyring? Handed in at the corner shop
N|Volunteers wanted for spring tree-planting drive || The council hopes to plant 5,000 trees across parks and housing estates in March.
x|the group chat has been silent for 3 hours and now I'm convinced they've made a new one without me
th|my commute podcast is now just me listening to men argue about football
N|Consumer group warns of shrinkflation in snack aisle || Several popular chocolate bars and crisps have shrunk by up to 15% while prices stayed the same, a survey found.
x|honestly the best part of any holiday is the first cup of tea when you get home
ig|pottery class week 2: made a bowl. it's a plate now 🏺
x|reading my horoscope like it's legally binding
N|Cyclist seriously hurt in ring road collision || A man in his 40s was taken to hospital after a collision with a van on Tuesday morning.
rd|Favourite independent coffee shops in York? Avoiding the chains for once
"""

ISP = """
x|the wifi at my parents' house is powered by hope and a router from 2014
N|Ministers set new gigabit broadband target || The government said 99% of homes should be able to get gigabit-capable broadband by 2032.
rd|Mesh wifi or powerline adapters for a 1930s house with thick walls? Upstairs is a dead zone
x|Fibrix engineer turned up on time, fixed it in 10 mins and left. I don't know how to process this
th|my laptop fan sounds like it's preparing for take-off during a simple zoom call
N|Mobile operators warned over confusing mid-contract price rises || The regulator said customers needed clearer information about annual increases at the point of sale.
x|why does my smart speaker only mishear me when I'm in a hurry
ig|new desk setup ✨ cable management is a lie I tell myself
rd|Nettaro just offered me a retention deal of £22/month for 500Mb. Is that decent for London?
x|spent 45 minutes trying to connect the printer to the wifi. the printer won
fb|Can anyone recommend a TV aerial installer in Newport? We've lost half our channels
N|Warning as fake parcel texts surge || Police say a new wave of messages claiming a parcel is waiting for a fee has already cost victims thousands of pounds.
th|my dad has discovered voice notes and now sends me 4-minute updates about his tomatoes
x|the "are you still watching" screen knows too much about me
rd|Why does my phone say "connected, no internet" when the laptop works fine on the same wifi?
N|Smart meter rollout behind schedule, watchdog says || Around 40% of homes still do not have a working smart meter, according to a report published on Thursday.
x|Nettaro put my bill up by £4 and added "free" Disney+ I never asked for. cool cool
ig|gaming night with the lads 🎮 I was carried, no shame
fb|Our street's WhatsApp debate about wheelie bins has now reached 300 messages
x|video call with my nan who had the camera pointed at the ceiling the entire time ❤️
N|Fibrix to hire 800 engineers as fibre rollout speeds up || The company said it aims to reach 3 million more homes by the end of next year.
rd|Are the cheap wifi extenders on Amazon worth anything or just landfill?
th|my partner streams the football on one laptop and the rugby on another and still complains
x|nothing says working from home like the dog barking every single time you unmute
N|Phone thefts in London up 20% || Police said thieves on e-bikes were snatching phones from pedestrians near busy stations.
x|downloaded a 150GB update for a game I play twice a year
fb|Anyone on the estate know why the streetlights were off last night? Whole road was pitch black
rd|Worth paying for a static IP for a home server or just use dynamic DNS?
ig|cosy night in 🕯️ blanket, film, takeaway. perfect
N|Online shopping fraud losses top £500m || Banks reported a rise in purchase scams linked to social media marketplaces last year.
x|autocorrect has decided "meeting" should be "meringue" and honestly it's an improvement
th|my gran asked me what "the cloud" is and I realised I have no idea either
x|Fibrix hub keeps rebooting itself at 3am like it has somewhere to be
N|Students squeezed as rents climb again || Average student rents have risen 8% this academic year, a housing charity said.
rd|Best budget laptop for a uni student doing mostly essays and Netflix?
x|just had a 45-minute conversation with a chatbot that kept saying it "understood my frustration"
fb|Free kids' coding club at the library every Saturday 10-12, bring a laptop if you have one
ig|sunrise over the Pennines from the train 🚆 worth the 5am alarm (almost)
N|Fire crews tackle warehouse blaze on industrial estate || No injuries were reported, but nearby residents were told to keep windows shut because of the smoke.
x|my phone battery going from 20% to 1% in three minutes is a horror film
th|the "smart" in smart home stands for "sometimes maybe actually responsive today"
rd|Landlord won't let us get full fibre installed because of "holes in the wall". Do we have any rights here?
x|I swear my microwave beeps louder at night on purpose
N|Council tax to rise 4.99% across most of England || Most councils have confirmed the maximum permitted rise as social care costs grow.
fb|Looking for someone to walk our labrador twice a week in Didsbury, paid, must love mud
x|"quick question" at 4:58pm is never quick and never a question
ig|finally framed my grandad's old photos 🖼️ he'd have loved this wall
N|Dundee games studio to double workforce || The developer behind a hit indie puzzle game will expand to 120 staff.
rd|How do I stop my kids' tablet downloading every free game with ads in it?
x|my neighbour's wifi is called "GetOffMyWifi" and the password is his dog's name. I'm not proud but I'm online
th|woke up to 47 notifications from the family group chat about where grandad left his glasses
x|Nettaro support told me to turn it off and on again and it worked so I can't even be mad
N|Broadband social tariffs still underused, charity says || Fewer than one in ten eligible households are signed up to cheaper broadband deals for people on benefits.
rd|Anyone else's smart doorbell useless in the cold? Battery dies in 2 days
fb|Our school PTA is collecting old laptops for recycling, all data wiped properly 💻
x|the sheer confidence of a cat sitting on my keyboard mid-email
ig|Sunday walk, no phone, no signal, no problems ⛰️
N|Driving test waits hit 24 weeks in some areas || Learners say they are being forced to pay resellers for cancelled slots.
x|my bluetooth headphones connecting to the laptop in the other room instead of my phone is a personal attack
th|me: I'll just check one email. also me, 3 hours later: reorganising my entire downloads folder
rd|Lowest latency way to game from a garden office 30m from the house?
x|Fibrix emailing me every day about an upgrade I've already had. read the room
N|Pensioner loses £30,000 in 'safe account' phone scam || Police urged people never to move money on the instruction of callers claiming to be from their bank.
fb|Power cut on Moor Lane again tonight? Third time this month, anyone know why
x|just watched a 12-minute tutorial for a 30-second fix
ig|library haul 📚 6 books, 3 weeks, zero chance
N|Snow shuts schools across the Highlands || More than 60 schools closed on Monday after up to 20cm of snow fell overnight.
th|the printer says it's out of cyan. I'm printing black text. explain
rd|Is 5G home broadband actually usable for working from home? Can't get fibre yet
x|my mum texts in full stops. "Ok." "Fine." "Dinner at 6." every message feels like a threat
N|Ban on default passwords for smart gadgets comes into force || Makers of internet-connected devices sold in the UK must now set unique passwords and publish how to report security flaws.
fb|Anyone else get a letter about the water main works on Victoria Road? Says 6 weeks 😫
x|the office kettle takes 9 minutes to boil and it's still the best part of my day
ig|new puppy, who dis 🐶
rd|Tips for getting a 5-year-old off YouTube Kids without a meltdown? Asking for me
N|Cinema chain to reopen three closed sites || The chain said strong Christmas ticket sales meant it could bring back venues in Hull, Derby and Swansea.
x|spent the morning deleting 9,000 unread emails. I feel reborn
th|group FaceTime where everyone is a frozen face and a voice saying "can you hear me"
x|nettaro engineer called my wiring "vintage". it's my house, Kevin
N|Self-employed warned of tax refund scam emails || HMRC said it had seen a rise in fake refund emails after the January deadline.
fb|Lost: black and white cat called Pixel near Hove station, microchipped, very friendly
x|I pay for 4 streaming services and still end up rewatching the same sitcom
rd|Has anyone switched from a big provider to a small local altnet? Worth the risk?
ig|sunday bake: lemon drizzle 🍋 the drizzle was aggressive
N|Half of UK adults now use a password manager || The proportion has doubled in three years, but many people still reuse passwords across sites, a survey found.
x|work laptop decided to install updates during a client pitch. we live in hell
th|teaching my 70-year-old dad emojis was a mistake. everything is the aubergine now
x|the 5am bin lorry is the loudest vehicle ever built and I will not be convinced otherwise
N|Rural bus routes saved by council funding deal || Eight routes due to be withdrawn in March will now run for at least another year.
rd|Which router settings actually matter for gaming? Everything online contradicts everything else
fb|Thank you to whoever handed in my purse at the Co-op, faith in humanity restored
x|my smartwatch congratulated me for standing up. low bar but I'll take it
ig|movie marathon 🍿 three films, one blanket, two dogs
N|Regulator consults on faster broadband compensation || The regulator wants automatic payments to reach customers within 30 days of a fault being fixed.
x|every app wants to send me notifications. no. none of you. silence
th|the neighbour's security light turns on every time a moth breathes near it
rd|Mum's landline is still copper and the provider says the digital switchover is "soon". What does that mean for her alarm pendant?
x|accidentally liked a photo from 2016 while looking at my cousin's ex. moving to another country
N|Record numbers working from home at least once a week || About 44% of workers now split their week between home and the office, figures show.
fb|Recommendations for a reliable plumber in Swindon? Boiler is making a noise like a whale
x|Fibrix router flashing blue and green like it's at a rave. no internet though
ig|home office plant count: 14. productivity: unchanged 🌿
N|Police warn of courier fraud targeting elderly in Kent || Fraudsters posing as police officers have persuaded victims to hand over cash and bank cards.
rd|Smart plugs: actually useful or just a way to turn a lamp on with more steps?
x|laptop: 2% battery. me: one more episode
th|introduced my grandma to online grocery shopping and she's accidentally ordered 30 lemons
N|Tech firms pledge to take back old devices || Companies agreed to collect and recycle routers, phones and set-top boxes free of charge.
x|the smoke alarm chirping for a new battery at 3am is psychological warfare
fb|Street party planning meeting Thursday 7pm at number 22, bring biscuits and opinions
rd|Is it normal for a new-build to come with no broadband at all? Developer says "a provider will be in touch"
x|nothing makes you feel old like your phone asking if you'd like to "enable larger text"
ig|weekend in Cornwall 🌊 no signal, no emails, bliss
N|Train operator trials faster onboard wifi || Passengers on the line will be offered connections up to ten times faster during a six-month pilot.
x|asked the kids to go outside and play. they went outside and played on their phones
th|my fridge has a wifi connection and I still have to open it to see what's inside
N|Job centres to offer digital skills sessions || Claimants will get free help with online applications and video interviews.
x|when the self-checkout needs approval for paracetamol and there's no staff member anywhere in sight
"""
