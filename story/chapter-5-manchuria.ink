// Chapter V. Manchuria
// Dates: late April 1943 (Golmud taken on 23 April, the British across southern and western Yunnan),
//   early May 1943 (the race for Dainkog, the drift in Washington), May 1943 (the GKO on Manchuria).
// Decisions: dainkog-race, american-stance, manchuria-question.
// Reads: soviet_held, british_held, japanese_held, cavalry_fresh, losses, div_central_asia,
//   div_far_east, far_east_readiness, japan_strength, britain_relations, us_tilt, intel_clarity,
//   japan_provoked.
// Writes: the region LISTs (dainkog, yunnan, golmud, tibet), losses, cavalry_fresh,
//   div_central_asia and div_far_east (send_east), far_east_readiness, japan_provoked,
//   britain_relations, us_tilt, intel_clarity (courting Washington leaves Tokyo a grievance).
// The British can only reach Dainkog through Yunnan: where they never went into Yunnan (Moscow
// protested in February), Dainkog is never theirs.
// Ends: ->-> (a tunnel from run_chapter_five in main.ink, which then goes on to
//   epilogue in endings.ink; the epilogue
//   reads the state left here to choose the ending).

=== chapter_five ===
Late April 1943. Since June 1941 the Soviet war in western China has been fought against Japan and the patchwork of satellite states Japan keeps there. In the last week of April it turns into something else: a race{soviet_held !? altun_shan:, and the Red Army is not yet running in it}. # chapter: V. Manchuria # date: late April 1943
{
- soviet_held ? golmud:
    ~ claim(xibei_cavalry.ride && xibei_golmud.take, "the cavalry rode into Xibei on 8 April and took Golmud")
    Golmud, the capital of the Xibei San Ma clique, has had a Soviet commandant since 23 April. The cavalry divisions that crossed into Xibei on 8 April are strung out along the roads south of the city, horses thin, fodder short, the supply columns days behind them.
- soviet_held ? xibei:
    The cavalry has been in Xibei since 8 April, but Golmud is not a Soviet city. {japanese_held ? golmud:The Ma clique still sits in its capital under Japanese protection.|The Ma clique holds its capital on its own account and watches to see whose cavalry comes nearer.}
- xibei_cavalry.south:
    The cavalry turned south onto the Tibetan plateau rather than into Xibei. It stands now a very long way from its railheads, with the Ma clique's Xibei on its flank and Lhasa watching it warily.
- soviet_held ? altun_shan:
    The front stands at Altun Shan. The passes are Soviet; beyond them Xibei lies open, and no Soviet squadron has ridden into it.
- else:
    The front stands where it stood in the winter, in front of Altun Shan. The Japanese and their satellites still hold the passes, and every road south runs through them.
}
{
- british_held ? yunnan:
    Far to the south the British, who came up from North Burma in February to hold the Yunnan passes, have since overrun all of southern and western Yunnan.
- soviet_held ? yunnan:
    Yunnan itself flies the red flag; the British sit in North Burma and count the Soviet divisions on their frontier.
- else:
    Yunnan is still a Japanese satellite. The British hold North Burma and the road to India, and wait for someone else to break it open.
}
{
- soviet_held ? dainkog && british_held ? yunnan:
    Soviet squadrons are already in the valleys of Dainkog, and British columns are climbing north to meet them.
- soviet_held ? dainkog:
    Soviet squadrons are already in the valleys of Dainkog, and below them lies a Yunnan that nobody has yet taken from Japan's satellites.
- british_held ? dainkog:
    British columns are already in the valleys of Dainkog, and their patrols are looking north.
- british_held !? yunnan:
    Nobody is in the valleys of Dainkog, and nobody is hurrying there: the British are still in the passes on the Burmese side of Yunnan.
- soviet_held ? golmud || soviet_held ? xibei || soviet_held ? tibet:
    Only the mountains and river valleys of Dainkog now lie between the two armies.
- else:
    Between the Soviet front and the British lie hundreds of kilometres of Xibei and the mountains of Dainkog, and it is the British who are moving.
}
{
- japan_strength <= 25:
    The satellite armies are not retreating so much as dissolving. Whole garrisons surrender to whichever flag arrives first.
- japan_strength <= 50:
    The satellite armies fall back wherever they are pressed. Tokyo has nothing to send them; everything it has is facing east, across the Pacific.
- else:
    The satellite armies are still fighting in places, but Tokyo is sending them nothing; everything it has is facing east, across the Pacific.
}
// From here on the horses are either spent or not: whatever rest they had in April, the roads
// south have used it up.
~ at_most(cavalry_fresh, CAVALRY_FIT)
-> manchuria_dainkog

// The order to race south, in the words that fit where the armies stand.
=== function race_order()
{
- soviet_held ? dainkog:
    ~ return "Push on from Dainkog into Yunnan"
- british_held ? yunnan:
    ~ return "Race the British for Dainkog"
- else:
    ~ return "Race for Dainkog and Yunnan"
}

=== manchuria_dainkog ===
Stavka, the first days of May. The map of western China is pinned across two tables{british_held ? yunnan:, and the pins that mark the British advance have moved more in a fortnight than the Soviet ones moved all winter|, and the pins that mark the British have not moved from the Yunnan passes since February}. # date: early May 1943
The Central Asian front asks for leave to go on. Its staff argue that whoever stands in Dainkog when the shooting stops will draw the map of western China{british_held ? yunnan:, and that the British will not stop of their own accord|, and that the British will not sit in the passes for ever}. {cavalry_fresh <= CAVALRY_WORN:The front's own returns tell against it. The cavalry divisions are worn to the bone, a third of the horses unfit, and every day's march costs more than the one before.|The cavalry, its returns say, still has one hard march in it.}
The NKVD residency in Delhi reports that the British commanders {british_held ? yunnan:in Yunnan|in the Yunnan passes} have orders to take and hold as much ground as they can before any conference sits down. {britain_relations >= 75:The Foreign Commissariat adds that London has been a straight partner since Delhi and might agree to a line now, while the two armies are still apart.|The Foreign Commissariat doubts that London would sign any line that did not leave the valleys of Dainkog on its side.}
{soviet_held ? dainkog:With Soviet squadrons already in Dainkog, the question is whether to stop there or to go on into Yunnan itself.|The question is whether to stop short of Dainkog, to run for it, or to settle it on paper.} Behind it sits the older question, the one Moscow has carried since the satellites began to crack: when they go, who inherits western China? # decision: dainkog-race
+ [{soviet_held ? dainkog:Hold Dainkog and go no further|Halt at the mountains of Dainkog} #history] -> halt
+ [{race_order()}] -> race
+ [Propose a demarcation line to London] -> line

= halt
{
- soviet_held ? dainkog:
    The order is short: hold Dainkog, go no further. The squadrons in the valleys dig in along the river crossings and send their patrols no further than the next ridge.
    ~ at_least(cavalry_fresh, CAVALRY_FRESH)
    {british_held ? yunnan:
        The British halt a day's march south of them and the two armies look at each other across the passes, each waiting for the other to blink. Nobody blinks. The Soviet Union keeps Dainkog; the British keep Yunnan; the liaison officers exchange cigarettes and lists of grievances. In London the restraint is noted, though not warmly.
    - else:
        Below them Yunnan is left to Japan's satellites, and the British in the far passes to their own affairs. In London the restraint is noted, though not warmly.
    }
- else:
    The order is short: hold the line of the mountains, let the valleys go. {soviet_held ? golmud:The cavalry pulls back from the southern passes to the ridges above Golmud and turns its horses out to graze for the first time since 8 April.|The forward units stay where they stand.}
    ~ at_least(cavalry_fresh, CAVALRY_FRESH)
    {
    - british_held !? yunnan:
        The valleys of Dainkog stay empty. The British, still held in the passes on the far side of Yunnan, do not come; Japan's satellites in Yunnan, who might, have no wish to.
    - soviet_held ? golmud || soviet_held ? xibei || soviet_held ? tibet:
        ~ british_take(dainkog)
        The British come up through the first week of May. Their lorried infantry reach the river valleys of Dainkog, their patrols climb the slopes, and on one bright morning a British subaltern and a Soviet cavalry lieutenant shake hands across a rope bridge while both their photographers work.
        The two armies now face each other across the mountains of Dainkog. Nobody has fired, and nobody on either side mistakes the handshake for friendship.
    - else:
        ~ british_take(dainkog)
        The British come up through the first week of May. Their lorried infantry reach the river valleys of Dainkog and find nobody in front of them; their patrols climb the northern slopes and look out over empty country toward a Soviet front that is still hundreds of kilometres away.
        London reports the advance to Moscow with scrupulous courtesy, as one ally to another. Nobody at Stavka mistakes the courtesy for anything else.
    }
}
Stavka's reasoning is written into the minutes: {soviet_held ? golmud:Golmud and Xibei are enough to swallow|what the Red Army holds is enough to swallow}; a race won in the mountains is a race won against an ally, and the Far East cannot spare the divisions a quarrel with London would need.
-> manchuria_washington

= race
{
- soviet_held ? dainkog:
    The squadrons in Dainkog are told to ride on, into the north of Yunnan, before the British can close it.
    ~ tire_cavalry()
    {british_held ? yunnan:
        They find the British already there. A British brigade is dug in across the only road, with its guns laid and its commander asking politely by radio which army he has the honour of addressing. The Soviet column halts a kilometre short. Neither side fires, but the story is in London within the day, and in Washington the day after. The squadrons are left to sit on the Yunnan border, short of fodder and a long way from anything, looking at an ally's guns.
    - else:
        The satellite garrisons of northern Yunnan do not fight. They open the gates, hand over their rifles and ask for rations. By the second week of May red flags hang over the towns of Yunnan, and the British, still on the Burmese frontier, can only protest. The province Japan swallowed in February has changed hands again without a battle.
        ~ soviets_take(yunnan)
    }
- soviet_held ? golmud || soviet_held ? xibei || soviet_held ? tibet:
    Every horse that can still carry a rider goes south. The cavalry rides day and night through the passes, leaving its lame mounts and its field kitchens behind, and on the sixth day the leading squadron rides down into the river valleys of Dainkog{british_held ? yunnan: a few hours ahead of a British motor column. The British officer in the leading lorry, finding Soviet pickets on the river crossings, salutes, turns his column round and drives back to report.|, where nobody is waiting for it.}
    ~ soviets_take(dainkog)
    ~ tire_cavalry()
    {cavalry_fresh <= CAVALRY_WORN:The price is steep. Exhausted men fall from their saddles, the supply columns are shot up by satellite stragglers, and the returns count the dead in thousands.}
    {british_held !? yunnan:
        With no British army in Yunnan to stop it, the advance rolls on. The satellite garrisons of Yunnan open their gates to the first Soviet officer who asks.
        ~ soviets_take(yunnan)
    }
    {british_held ? yunnan:The British commander sends a stiff note about agreements reached in Delhi.|London sends a stiff note about agreements reached in Delhi.} Moscow answers that the Red Army was pursuing the enemy, which is true, and that it regrets nothing, which is also true.
- else:
    The race is ordered, but there is nowhere to run it from. The columns thrown south {soviet_held ? altun_shan:from Altun Shan|around the Japanese line at Altun Shan} have hundreds of kilometres of hostile country to cross, and the satellite rearguards make them pay for every pass.
    ~ tire_cavalry()
    {british_held ? yunnan:
        ~ british_take(dainkog)
        By the time the leading squadron sees the mountains of Dainkog, the British have been in the valleys for a week.
    - else:
        By the time the leading squadron sees the mountains of Dainkog, the horses are finished, and the satellite garrisons hold every pass beyond it.
    }
    The attempt has cost horses more than men. London treats the attempt as what it was, and says so in a note that the Foreign Commissariat would rather not have received. The columns turn back toward Altun Shan with their wounded tied to their saddles. At Stavka the officer who drafted the order is asked, not kindly, what he thought the cavalry would ride on when the fodder ran out.
}
~ at_most(britain_relations, 25)
~ at_most(cavalry_fresh, CAVALRY_WORN)
The order has settled the question of who inherits western China, for now, by the crudest method there is.
-> manchuria_washington

= line
{
- britain_relations >= 50:
    The proposal goes to London through the embassy and to Delhi through the liaison mission: the crest of the Dainkog mountains as the line between the two armies, the valleys left empty, and a joint commission to settle the details after the war.
    To the Foreign Commissariat's mild surprise, London agrees within a week. The British are as short of troops as the Soviets and as worried about what the Far East might cost them.
    {soviet_held ? dainkog:The squadrons already in the valleys ride back north to the crest, grumbling, and British patrols stop at the river.|British patrols stop at the river and climb no further.}
    ~ soviet_held -= dainkog
    ~ british_held -= dainkog
    ~ at_least(britain_relations, 75)
    Dainkog becomes a no man's land by treaty. <>
    {
    - soviet_held ? golmud && british_held ? yunnan:
        Golmud and Xibei stay Soviet; Yunnan stays British. <>
    - soviet_held ? golmud:
        Golmud and Xibei stay Soviet. <>
    - else:
        Whatever the Soviets hold to the north stays theirs, and what the British hold to the south stays theirs. <>
    }
    The map is drawn with a ruler for the first time since the war began. The commission meets once, in Delhi, agrees on the spelling of the place names, and adjourns. Nobody minds; the line is what matters, and both armies keep to it.
- soviet_held ? dainkog:
    The proposal goes to London, and London answers with a line of its own: one that runs north of Dainkog and would leave the valleys the Soviet cavalry already holds {british_held ? yunnan:in British hands|to nobody}.
    Moscow, which asked for a line, cannot refuse one without being seen to want the valleys more than the peace. The squadrons are ordered back to the northern crests, and they ride out of Dainkog cursing the diplomats.
    ~ soviet_held -= dainkog
    {british_held ? yunnan:
        ~ british_take(dainkog)
        British patrols come up into the valleys behind them within the week.
    }
    The Foreign Commissariat notes that a proposal accepted on the other side's terms is sometimes worse than no proposal at all. London now knows how much Moscow will give up for quiet.
    ~ at_most(britain_relations, 50)
- else:
    The proposal goes to London, and London answers with a line of its own: the Dainkog valleys on the British side, the northern crests on the Soviet side.
    {british_held ? yunnan:
        Moscow has no army in Dainkog with which to argue. The British line is accepted in all but name, and British columns move up into the valleys in the second week of May.
        ~ british_take(dainkog)
    - else:
        Moscow has no army in Dainkog with which to argue, and the British have none there to enforce their line. It is accepted in all but name, on paper, for a valley nobody holds.
    }
    London is pleased, and says so warmly. The Central Asian front, which had hoped to ride into those valleys itself, is not consulted and is not pleased. Some in Stavka call the note the cheapest retreat of the war; others point out that a retreat with no shots fired and no men lost is the only kind the Soviet Union can afford in May 1943.
}
~ at_least(cavalry_fresh, CAVALRY_FRESH)
Whatever the diplomats make of it, the cavalry has nothing to do in May but wait for them, and its horses are turned out to graze. A frontier settled on paper needs fewer men to watch it: three rifle divisions leave the Central Asian front for the Far East.
~ send_east(3)
-> manchuria_washington

=== manchuria_washington ===
// Nothing from here on asks after the horses: forget their state, so that runs which differ only
// in it meet again for the last two decisions.
~ cavalry_fresh = CAVALRY_FIT
Early May 1943. The Foreign Commissariat's weekly summary opens with the Pacific. # date: early May 1943
The war there began when Japan demanded that the United States accept the Philippines into the Co-Prosperity Sphere and give up the base at Guam. Washington refused; on 4 February Japan struck and took Guam. The Americans, who had expected a war, answered by taking Saipan and Truk before the end of March. Since then almost nothing has happened. Neither government wanted the war, both were surprised that a quarrel over trade had turned into shooting, and neither is fighting it with any energy.
The result is a three-sided war in Asia. In China, Japan, hiding behind its satellites, is at war in all but name with the Soviet Union and with Britain. In the Pacific, Japan and the United States fight a war neither of them sought.
London has tried to use the moment to turn Washington against Germany. It has failed. The Americans refuse to see Germany as an enemy, and out of fear of the Soviet Union they are, if anything, growing more pro-German.
The embassy in Washington reports the drift as real but shallow: speeches, editorials, a cooling of the State Department's tone.
The question for the GKO is whether the drift matters enough to spend anything on. # decision: american-stance
+ [Let it run; there is nothing to be gained #history] -> let_run
+ [Court Washington] -> court
+ [Work with London against the drift] -> with_london

= let_run
Moscow does nothing. The Foreign Commissariat files the Washington reports and answers the American notes with exact politeness and no warmth.
~ at_least(us_tilt, 75)
The reasoning, set down for the GKO, is cold but not foolish. An America that will not fight Germany is not going to fight for the Soviet Union either, whatever is offered; but an America fighting Japan, however half-heartedly, keeps the Japanese fleet looking east, and that is why Japan's armies in China have been starved of men and shells since February. The Pacific stalemate suits Moscow. There is no reason to disturb it.
The cost is that the drift goes on. By the end of May the State Department speaks of the German government as a partner in the defence of order, and American newspapers carry maps on which the Red Army's advance into western China is drawn in the same red as Japan's. {britain_relations >= 75:London, which had hoped for company in Washington, is disappointed but understands.|London, which had hoped for company in Washington, concludes that the Soviets are playing their own game, and it is right.}
-> manchuria_gko

= court
A quiet mission goes to Washington with an offer: information on Japanese shipping in the seas off Korea and Northern China, gathered by the Far East Fleet, and talks on the future of the Pacific once the war is over.
~ at_most(us_tilt, 25)
~ at_least(japan_provoked, GRIEVANCE) // shipping secrets given away are not forgiven
The Americans listen more than anyone expected. The Navy Department wants the shipping reports badly; the State Department wants to know what the Soviets would ask in return. The anti-Soviet speeches do not stop, but they grow fewer, and the word partner disappears from official statements about Berlin.
Tokyo notices. Its embassy in Moscow asks sharp questions, and the Kwantung Army's newspapers start to write of encirclement: the Americans in the Pacific, the Soviets on the Amur, and a secret understanding between them. {intel_clarity >= 75:The NKVD's sources in Japan report that the phrase is being used in staff meetings as well as in print.|Whether the talk is more than propaganda, Moscow cannot tell.}
-> manchuria_gko

= with_london
The Soviet and British ambassadors in Washington begin to call at the State Department together, arguing the same case in turn: that Germany is the enemy of every democracy and every worker alike, and that an America which leans on Berlin is leaning on a knife.
~ at_least(britain_relations, 75)
~ at_least(intel_clarity, 75)
~ at_most(us_tilt, 25)
Washington is unmoved, mostly. The drift slows a little and no more. But the joint effort has another result, one nobody in the Foreign Commissariat quite planned: London begins to share what its own listening services hear of Japanese diplomatic traffic, and the Soviet picture of what Tokyo intends grows sharper than it has been since Sorge's reports in the winter.
{soviet_held ? dainkog && british_held !? dainkog:The British ask in return that the question of Dainkog be left for later. Moscow agrees, since the Red Army already holds it.|The British ask for nothing in return but a promise to keep talking. In May 1943 that is a bargain.}
-> manchuria_gko

=== manchuria_gko ===
May 1943. The GKO meets on the Far East, with the Stavka officers for Asia standing along the wall. # date: May 1943
Manchuria is still tense. <>
{
- far_east_forward():
    The Far East command has held its forward positions since the alert of 18 January, through the worst of the Manchurian winter; its divisions are tired but in place, and the Kwantung Army has seen them there every day. <>
- far_east_readiness >= 50:
    The Far East command is at a respectable state of readiness, though its divisions are in their quarters and its forward positions are held by border guards. <>
- else:
    The Far East command is in its quarters. Its divisions are under strength and its forward positions are manned by border guards and snow. <>
}
It has {div_far_east} divisions returned from Central Asia; {div_central_asia} remain on the Central Asian front. Across the Amur, the Kwantung Army has sent nothing to China and nothing to the Pacific. Whatever else Tokyo has spent this year, it has not spent that.
{intel_clarity >= 75:The intelligence picture is clearer than it has been all war. Tokyo's options have narrowed: the Pacific has swallowed its fleet, China its reserves, and the Kwantung Army is the only force it has left to use.|The intelligence picture is poor. Tokyo took a great decision in the winter and Moscow needed weeks to learn which way it pointed; the next one may come with less warning.}
{
- japan_provoked >= 75:
    Tokyo's temper is bad. Its newspapers call the Soviet Union the hidden hand behind every Japanese setback in China, and the Kwantung Army's frontier patrols have grown bold.
- japan_provoked <= 25:
    Tokyo's temper is strangely mild. Its diplomats in Moscow speak of fisheries and border commissions, as if nothing were happening in China.
- else:
    Tokyo's temper is watchful. Its diplomats are correct, its frontier patrols are correct, and nobody in Moscow believes either.
}
The GKO's conclusion is already written into the draft of the minutes before the discussion starts: open war with Japan is inevitable. What remains to decide is when, and which side begins it. # decision: manchuria-question
+ [War is inevitable; prepare and let the moment come #history] -> prepare
+ [Strike first this summer] -> strike
+ [Seek an understanding with Tokyo] -> understanding
+ [Strip the west to reinforce the Far East] -> strip

= prepare
The GKO signs a directive of preparation, not of war. The Far East command is to be ready for a Japanese attack at any hour and to give Tokyo no pretext for one. Fuel, shells and rails go east on every train the German front can spare; airfields are built behind the Amur; the frontier divisions rehearse their plans for a Japanese blow and for a Soviet one.
~ raise(japan_provoked, 1)
~ at_most(japan_provoked, GRIEVANCE) // only an order to strike takes Tokyo to the brink
The preparations cannot be hidden, and Tokyo does not miss them. The Japanese military attache asks about the trains. He is told they carry timber.
Who fires first is left open. The minutes say only that the Soviet Union will not be taken by surprise, and that the war, when it comes, will be fought at a moment Moscow can live with. {soviet_held ? golmud:In the west, Golmud is garrisoned and the cavalry is told to rest.|In the west, the Central Asian front is told to hold what it has.}
->->

= strike
The GKO orders the Far East command to prepare an offensive into Manchuria for the summer. The date is left to Stavka; the decision is not.
~ at_least(japan_provoked, 100)
~ send_east(3)
Divisions leave the Central Asian front for the Trans-Siberian. Tank brigades that were promised to the German front are quietly redirected. Staff officers fly to Khabarovsk with maps of Harbin and Mukden in their cases. The plan is simple in outline: break the Kwantung Army's frontier armies before Tokyo can bring help from China or the Pacific, and finish the war in the east before it can grow into a second front as large as the first.
An offensive on this scale cannot be hidden, and this one is not. Within a fortnight the Japanese attache has counted the trains, and Tokyo knows what they mean. {far_east_readiness >= 50:The Far East command is ready enough to strike before Japan can answer, or so Stavka believes.|The Far East command is not ready. It will need months to be ready, and Tokyo may not give it months.}
->->

= understanding
The GKO decides to buy time. The approach is made through the embassy in Tokyo: a fisheries convention, a border commission for the Amur, and, behind them, an unwritten understanding that neither side will start anything in Manchuria this year.
~ temp grievance = not tokyo_will_sign()
As a token, the Far East command {far_east_forward():pulls part of its forces back from the forward positions to their summer camps|sends its border guards back from the river banks}.
The debate in the GKO is short and sharp. Those against argue that an understanding with Tokyo is worth exactly as much as Tokyo's fear of the Red Army, and that pulling troops back reduces that fear. Those for it answer that every month without war in the east is a month in which the German front gets the shells.
~ at_most(far_east_readiness, READY_IN_QUARTERS)
{grievance:
    ~ lower(japan_provoked, 1)
    Tokyo answers with a list of grievances from the winter and the spring, and a demand for compensation before anything else is discussed. The talks go no further, and the Kwantung Army's frontier patrols do not grow any quieter.
- else:
    ~ japan_provoked = GAUGE_MIN
    Tokyo answers quickly. By the end of May the convention is initialled and the frontier patrols are quiet for the first time in two years.
}
->->

= strip
The west, in this order, means the Central Asian front. Its best divisions, {soviet_held ? xibei:the cavalry that took Xibei|the cavalry divisions} and the motor-rifle units behind them, are to entrain for the Far East at once.
~ send_east(div_central_asia - GARRISON)
~ reinforce_far_east(2)
~ japan_provoked = GRIEVANCE // Tokyo counts the trains as it counted them in the autumn
The Far East command is delighted. The Central Asian front is left with garrisons, and its commander's protest, that the work of the whole winter is being given away, is read, initialled and filed.
{soviet_held ? golmud:
    Golmud alone is kept: two rifle regiments stay in the city and on its airfield, all the front can spare, so that the one prize of the spring is not handed back.
}
{soviet_held ? tibet:
    The advisers in Lhasa stay; they are officers, not divisions, and the regent has grown used to them.
}
{soviet_held ? dainkog:
    The squadrons in Dainkog ride north to the railheads and do not look back.
    ~ soviet_held -= dainkog
}
The trains run east through the second half of May, past the depots that were meant to feed the next offensive in the west.
{british_held ? yunnan:
    ~ british_take(dainkog)
    The British move into the valleys of Dainkog unopposed, and then, finding nobody in front of them, a little further. Western China has a new master, and it is not the Soviet Union.
- else:
    The valleys of Dainkog are left empty; the British, still in the Yunnan passes, are in no hurry to fill them.
}
{soviet_held ? yunnan:
    The Soviet garrisons in Yunnan march north, and British columns march in behind them.
    ~ british_take(yunnan)
}
The Far East has the divisions it asked for. {britain_relations >= 75:London sends thanks for the Soviet Union's understanding, without irony.|London sends no thanks at all; it does not need to.}
->->
