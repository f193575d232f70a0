// Chapter II. The Far East
// Dates: mid-January 1943 (the diplomatic shock), 18 January 1943 (the Manchurian alert),
//   late January - early February 1943 (Sorge's report and what to make of it).
// Decisions: manchurian-alert, sorge-report.
// Reads: div_far_east, div_central_asia, div_sent_west, soviet_held (altun_shan), japan_provoked,
//   far_east_readiness, intel_clarity.
// Writes: far_east_readiness, japan_provoked, div_central_asia and div_far_east (send_east),
//   intel_clarity, britain_relations. Only the alert's forward positions make the Far East's
//   readiness complete (a bet that the blow falls elsewhere sends the divisions back to their
//   quarters, and below it); sunk convoys leave Tokyo with a grievance (japan_provoked).
// Ends: ->-> (a tunnel from run_chapter_two in main.ink, which then goes on to
//   chapter_three in chapter-3-delhi.ink).

=== chapter_two ===
Mid-January 1943. The war in Asia is quiet; the diplomacy of Asia is not. # chapter: II. The Far East # date: mid-January 1943
In a fortnight Tokyo's foreign ministry has sent more notes than in the whole autumn. Its quarrel with the Americans over trade has taken on the language of ultimatums; its envoys are busy in the satellite capitals across China and in the neutral capitals to the south. In Moscow the Japanese ambassador calls to speak of fisheries, with a politeness that alarms everyone who hears it.
None of it names the Soviet Union. All of it means that Japan is about to do something.
{soviet_held ? altun_shan:In the west, the Red Army holds Altun Shan.|In the west, the Central Asian front sits quiet in front of Altun Shan, tying down a Japanese force that Tokyo might otherwise be using elsewhere.} {div_sent_west > 0:{div_sent_west} divisions that might have stood there are on the German front.} In the east, the Far East command has {div_far_east} divisions returned from Central Asia; across the Amur the Kwantung Army has not moved at all.
-> far_east_alert

=== far_east_alert ===
= briefing
18 January 1943. Stavka meets on the Far East. # date: 18 January 1943
The Far East command's report is read out first. Its divisions are in winter quarters, as every January; the forward defence positions along the Amur and the Ussuri are held by border guards at forty below. {far_east_readiness >= 50:The extra divisions from Central Asia have brought the command up to strength, and its commander believes he can man the forward line if he must.|Its commander reports that he can man the forward line if he must, but not well, and not for long.}
The NKVD sees nothing across the Amur that looks like an attack in preparation, but it does see that Tokyo has taken some great decision in the last weeks, known only to a small circle. {japan_provoked >= 50:They add that the Kwantung Army's staff speak of the Soviet Union with a new hostility since the autumn.}
The Far East Fleet asks for a decision of its own. Its submarines at Vladivostok could put to sea against the Japanese convoys to Northern China and Korea, which supply the armies facing the Central Asian front. It would hurt Japan, and Tokyo would notice at once.
The choice is how far to wake the Far East, and whether to let the submarines off the leash. # decision: manchurian-alert
+ [Highest alert, forward positions, submarines out #history] -> highest
+ [Forward positions, but keep the submarines in port] -> forward
+ [Raise the alert; the troops stay in winter quarters] -> quarters
+ [Quiet reinforcement, no alert] -> quiet

= highest
By the evening of 18 January the Far East command is at the highest stage of alert. Its divisions are ordered out of their winter quarters and into the forward defence positions, and the submarines of the Far East Fleet are told to sail.
~ far_east_readiness = GAUGE_MAX
~ at_least(japan_provoked, GRIEVANCE) // sunk ships are not forgiven
The march into the forward line is made in the bitter Manchurian winter, and the winter takes its toll. Men freeze in the trenches before the stoves come up, and the frostbite cases fill the hospitals at Khabarovsk. But by the end of January every position on the Amur and the Ussuri is manned, and the Kwantung Army, looking across the river, sees a front that is awake.
The submarines go out into the Sea of Japan in the last days of January. Their orders are to interdict the convoys to Northern China and Korea, and they do: a transport sunk off the Korean coast, a tanker damaged, a convoy scattered and forced back into port. Tokyo protests furiously about unknown submarines in its waters; Moscow knows nothing of any submarines.
-> far_east_sorge

= forward
The Far East command is put on alert and ordered into its forward defence positions. The Fleet's submarines stay at Vladivostok.
~ far_east_readiness = GAUGE_MAX
The divisions march into the forward line from 19 January through snow and a wind that freezes exposed skin in minutes. The frostbite cases fill the hospitals at Khabarovsk, but by the end of the month the front on the Amur and the Ussuri is awake.
The Fleet's commander protests that the convoys to Northern China and Korea carry the shells that will be fired at the Central Asian front in the spring. Stavka lets the order stand: the forward positions are a defence, and Tokyo can call them one; submarines in the Sea of Japan are an act of war, whatever anyone calls them.
Tokyo notes the move to the forward line and says nothing. No Japanese ship has been touched, and Tokyo has nothing it needs to forgive.
-> far_east_sorge

= quarters
The Far East command goes to a higher state of alert, but its divisions stay in their winter quarters. The forward positions remain with the border guards; the field divisions are to be ready to march at twelve hours' notice.
~ at_least(far_east_readiness, 50)
The order spares the men. Nobody freezes in a forward trench; the hospitals at Khabarovsk stay half empty; the divisions train in their barracks and keep their vehicles warm. The staff calculate that the march to the forward line can be done in two days, if the roads are open and the enemy waits for it.
{far_east_readiness < 75:The command's own inspectors note that the calculation rests on two ifs, and that the Kwantung Army would need neither.|The command's own inspectors note that the calculation is sound, if the warning comes in time.} Tokyo, watching the barracks, sees nothing change and draws no conclusion. The submarines stay at Vladivostok, and the convoys to Northern China and Korea sail unmolested through the rest of the winter.
-> far_east_sorge

= quiet
There is to be no alert. Instead, the Far East command is told to bring its divisions up to strength from its own depots and reserve regiments, quietly, at night and without ceremony, and to keep them in their winter quarters.
~ at_least(far_east_readiness, READY_IN_QUARTERS)
The reasoning is that an alert is a signal, and Stavka does not wish to send Tokyo any signal at all while Tokyo is deciding what to do.
By the end of January the command's divisions are at strength, all of them in their winter quarters, none of them in the forward line. The Central Asian front, which holds {div_central_asia} divisions, is asked for nothing.
Tokyo, as far as the NKVD can tell, notices nothing, or chooses to notice nothing. The convoys to Northern China and Korea sail through the Sea of Japan unmolested, and the Kwantung Army's frontier patrols keep their distance.
-> far_east_sorge

=== far_east_sorge ===
= briefing
Late January 1943. The NKVD's report from Tokyo comes to the GKO in a red folder, with the name of its source on the first page. # date: late January 1943
Richard Sorge, a German journalist with friends in the German embassy and around the Japanese cabinet, has been Moscow's man in Tokyo for years. His message is short. The Japanese leadership has reached a decision at the highest level about its next steps. The decision has been taken; the preparations are under way; the men who know it are few. # image: illustrations/richard-sorge.svg = Richard Sorge
What Sorge cannot yet say is where the blow will fall, and the NKVD's other sources cannot rule out any of three answers. Japan may turn south and west, through its satellites in China, to invade India. It may push its quarrel with the Americans over trade to open war. Or it may strike at the Soviet Far East, while the Red Army is fighting for its life against Germany.
{
- far_east_forward():
    ~ claim(far_east_alert.highest || far_east_alert.forward, "the alert ordered the forward positions")
    The Far East command, in its forward positions since the alert, is as ready as it can be for the third possibility. <>
- far_east_readiness >= 75:
    The Far East command, reinforced but still in its winter quarters, could meet the third possibility if it came with a few days' warning. <>
- else:
    The Far East command, in its winter quarters, is not ready for the third possibility, and everyone in the room knows it. <>
} {intel_clarity < 50:The NKVD warns that it has no second source in Tokyo as good as Sorge, and that whatever Moscow decides now it decides half blind.}
The GKO can wait for more, or it can choose which danger to prepare for. # decision: sorge-report
+ [Keep watching; ask the Tokyo station for more #history] -> watch
+ [Bet on India] -> bet_india
+ [Bet on a strike at the Far East] -> strike_east
+ [Bet on war with the USA] -> usa

= watch
The GKO decides not to guess. The Tokyo station is told to find out where the blow will fall, whatever the risk to its people, and every other source the NKVD has in Asia is turned to the same question.
~ raise(intel_clarity, 1)
For several critical weeks the answer does not come. Sorge sends what he can: that the Japanese navy is pleased with the decision and the army less so; that the foreign ministry has been told to expect a rupture; that the Kwantung Army has been told nothing new. Each message narrows the question and none closes it.
The waiting has a cost, which is that Moscow can prepare for nothing in particular. It has a gain, which is that when the answer comes Moscow will believe it, and will not have spent its strength guarding against the wrong danger. By the start of February the GKO thinks it is about to learn which danger is real.
-> far_east_end

= bet_india
The GKO decides that India is the target. The Japanese satellites in China give Tokyo a road towards it, and an army in India would break the British in Asia.
~ raise(britain_relations, 1)
~ at_most(far_east_readiness, READY_IN_QUARTERS)
The Foreign Commissariat passes the warning to London, without naming the source, and London is grateful in a way it rarely is. The British staff in India look at the passes from China with new eyes: brigades are moved up into North Burma, and their liaison officers begin to share what they know.
The Far East command is told that the danger to it has receded. {far_east_alert.highest || far_east_alert.forward:Its divisions are allowed back from the forward line into their winter quarters, and the alert is quietly eased.|Its divisions stay in their winter quarters, and the staff stop planning the march to the forward line.} The Tokyo station, told what Moscow has decided, stops looking for evidence against it. Some in the NKVD think that is the most dangerous consequence of all.
-> far_east_end

= strike_east
The GKO decides that the blow will fall on the Soviet Far East. Japan has waited since 1941 for the Red Army to be bled white in the west; it will not wait for ever.
{far_east_forward():
    Everything in the Far East is tightened another turn. The reserves are brought up behind the forward positions and the airfields behind the Amur put on a war footing.
- else:
    ~ at_least(far_east_readiness, READY_IN_QUARTERS)
    Everything in the Far East is tightened another turn. The divisions in their winter quarters are put on six hours' notice to march, and the airfields behind the Amur on a war footing.
}
~ at_least(japan_provoked, GRIEVANCE) // Tokyo takes the war footing on the Amur as a threat it will not forget
The Kwantung Army, watching, sees a Soviet front that expects to be attacked and may decide to attack first.
The Tokyo station is asked, not for the facts, but for proof of the thesis, and it finds what it is asked to find. London, which had been hoping for a Soviet warning about its own position, receives nothing, and concludes that Moscow cares for its own frontier and no other.
-> far_east_end

= usa
The GKO decides that the Americans are the target. Tokyo's notes to Washington have grown sharper every week; its navy, Sorge says, is pleased with the decision; a navy is pleased by a war at sea.
~ at_most(far_east_readiness, READY_IN_QUARTERS)
~ raise(intel_clarity, 2)
The reasoning has a comfortable conclusion. A Japan at war with the United States would have its fleet in the Pacific and its reserves on the islands, and nothing to spare for Manchuria. The Far East command is told that it may ease its alert: if Japan goes to war with America, the Americans will be sinking Japanese transports, and Soviet soldiers need not freeze in the forward trenches to deter an attack that is not coming. {far_east_alert.highest || far_east_alert.forward:The divisions march back to their winter quarters.|The divisions, which never left their winter quarters, stay there.}
Moscow tells London nothing. India, the GKO judges, is not in danger. The Tokyo station is told to watch the navy.
-> far_east_end

=== far_east_end ===
On the Amur the Manchurian winter is at its worst, and the frontier is quiet. # date: early February 1943
{
- far_east_forward():
    ~ claim(far_east_alert.highest || far_east_alert.forward, "the Far East was ordered forward on 18 January")
    The Far East command stands in its forward positions, awake and cold, and the Kwantung Army has seen it there every day since 18 January. <>
- far_east_readiness >= 50:
    The Far East command is half awake in its winter quarters: ready enough to meet a blow if it comes with a little warning, not ready enough to meet one that comes with none. <>
- else:
    The Far East command sleeps in its winter quarters, and would need days to reach the forward line. <>
}
{japan_provoked >= 50:Tokyo's temper is bad, and its newspapers speak of Soviet encirclement.|Tokyo's temper, as far as anyone can tell, is no worse than before.}
{intel_clarity >= 50:In the GKO the feeling is that the answer to Sorge's question is close.|In the GKO nobody is sure of anything, and the NKVD's reports are read twice and trusted once.}
->->
