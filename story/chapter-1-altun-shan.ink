// Chapter I. Altun Shan
// Dates: late November 1942 (Di Hua liberated, the question of purpose), early December 1942
//   (the final attempt on Altun Shan, suspended on 12 December), December 1942 - January 1943
//   (the quiet winter front).
// Decisions: purpose, suspend-offensive (not when Stavka chose to hold the line and send
//   divisions east: then there is no December attack), winter-front.
// Reads: div_central_asia, div_far_east, div_sent_west, soviet_held, japan_strength, cavalry_fresh.
// Writes: div_central_asia, div_far_east, div_sent_west (send_east/send_west), losses,
//   japan_strength, far_east_readiness, cavalry_fresh, britain_relations (only if the offensive
//   is pressed on), soviet_held and japanese_held (altun_shan, likewise).
// Sending divisions west happens twice at most (the purpose, and the winter), three each time;
// only both together make the German front the Asian war's first claim (ending_west_first).
// Ends: ->-> (a tunnel from run_chapter_one in main.ink, which then goes on to
//   chapter_two in chapter-2-far-east.ink).

=== chapter_one ===
Late November 1942. Di Hua is free. The Red Army marched back into the capital of Sinkiang this autumn, and the Japanese satellite armies that held it have been driven out of every part of the province but the east. # chapter: I. Altun Shan # date: late November 1942
What is left of them is in disarray. Broken battalions and a few Japanese regiments that kept their order are falling back on the mountains of Altun Shan, where their engineers are trying, in frozen ground, to build a line that will hold.
In June 1941 and for most of 1942 the reason for fighting here was plain: had Japan won in Sinkiang, the Far East would have been cut off from the rest of the Soviet Union, and the factories and mines of Central Asia would have been in reach of the enemy.
That danger has passed. Another has taken its place, and it is a quieter one: the danger of fighting on in Asia out of habit.
-> altun_shan_purpose

=== altun_shan_purpose ===
= briefing
Stavka, the Asian section, late November. The reports on the table all ask the same question in different words: what is the Central Asian front now for? # date: late November 1942
It holds {div_central_asia} divisions. Stavka has already sent 4 divisions back to the Far East command this autumn. One school in the General Staff argues that clearing the rest of Sinkiang would make further cuts possible: with the Japanese thrown out of Altun Shan, a front of garrisons could hold the province, and the field divisions could go east or west.
The front commander agrees: the enemy is off balance now, and in a month he will be dug in.
Against both stands the plain arithmetic of the war with Germany. Every shell, every lorry and every replacement sent to Central Asia is one that the main front does not get.
The NKVD adds one line: the Kwantung Army is watching the Far East command's trains, and counting them.
Stavka must say what the commitment in Asia is for. # decision: purpose
+ [Clear Altun Shan and finish Sinkiang #history] -> clear
+ [Hold the line and send more divisions east] -> east
+ [Send divisions west to the German front] -> west

= clear
The directive goes to the Central Asian front before the end of the month: Sinkiang is to be cleared, and Altun Shan is the last obstacle. The front keeps its divisions, and the depots at Alma-Ata are told to expect the shells they asked for.
The argument that wins the day is the front's own. A Japanese line at Altun Shan, left alone, will become a fortress by spring; cleared now, it frees the whole province, and the troops needed to hold Sinkiang afterwards will be fewer than the troops needed to watch Altun Shan for a year.
The western fronts are told the Asian account will be closed by the new year. The cavalry divisions, which have been in the saddle since the autumn, are told they will have to ride once more before they rest. In Delhi the British liaison mission notes with approval that the Soviets mean to keep the Japanese busy.
-> altun_shan_december

= east
The directive is one of economy. The Central Asian front is to hold the line it has, take no new ground, and hand over three of its divisions to the Far East command. The trains leave Alma-Ata for the Trans-Siberian in the first week of December.
~ send_east(3)
~ reinforce_far_east(1)
The Far East command now has {div_far_east} divisions back from Central Asia, and its commander writes to say so with something close to gratitude.
The cost falls on the desert. The Japanese, given a breathing space they did not expect, go on digging at Altun Shan, and their satellite garrisons begin to creep back into the villages east of Di Hua. The Kwantung Army counts the new trains, as the NKVD said it would, and its newspapers talk of Soviet menaces on the Amur.
The front commander asks to be allowed one limited attack before winter to straighten his line. Stavka refuses: holding the line means holding it. The divisions stay on the ground they won in the autumn, facing the Japanese across the foothills, and the attack the front had planned for December is never made.
-> altun_shan_winter

= west
The GKO decides that the German front comes first. Three divisions of the Central Asian front are to entrain for the west at once; the rest are to hold what they have.
~ send_west(3)
~ raise(japan_strength, 1)
The divisions that go are the best the front has, hardened by a year and a half of desert war. They will be in the line on the German front by the new year.
What is left in Central Asia is {div_central_asia} divisions, enough to hold Di Hua and not much more. The Japanese notice within a fortnight. Their line at Altun Shan stops being an improvised thing and becomes a fortified one, and the satellite commanders, who had been packing, unpack.
The British liaison mission in Delhi asks, with some sharpness, whether the Soviets have given up the war in Asia. It is told no. The front commander, smarting, asks for one last attack before winter, to leave the line in good shape for the smaller army. Stavka grants it.
-> altun_shan_december

=== altun_shan_december ===
= briefing
{div_sent_west > 0:
    Early December 1942. Pressed by the Central Asian front, and against the better judgement of half the General Staff, Stavka authorises one final attempt on Altun Shan with the divisions that remain. # date: early December 1942
- else:
    Early December 1942. Pressed by the Central Asian front, Stavka authorises a final attempt to clear Altun Shan. # date: early December 1942
}
The attack goes in on a front of forty kilometres, into snow that has already closed the higher passes. At first it goes well. The Japanese forward line is driven in, two satellite regiments break and run, and the cavalry takes a pass the Japanese had thought too high to need a garrison.
Then the resistance hardens. The Japanese have brought up fresh troops, {japan_strength >= 75:whole regiments railed in from Northern China, more than anyone expected|regular Japanese infantry put into the line behind the broken satellites}. The second line at Altun Shan is held by men who have not been beaten yet and do not intend to be.
~ losses += 10
The returns that reach Moscow on 11 December are bad. Losses are rising by the day, the cavalry has lost a quarter of its horses to the cold, and the artillery is firing its reserve of shells. {div_central_asia < 20:With {div_central_asia} divisions the front has no reserve left to throw in.|The front has a reserve, but only one.}
The front commander asks for a decision: go on and perhaps break through, stop on the ground he has taken, or pull back to a shorter line before the winter sets in hard. # decision: suspend-offensive
+ [Suspend the offensive #history] -> suspend
+ [Press on regardless] -> press
+ [Fall back to a shorter line] -> fall_back

= suspend
The order goes out on 12 December 1942: the offensive is suspended. The divisions are to hold the ground they have won and consolidate it before the snow closes the roads. # date: 12 December 1942
Stavka's reasoning is written into the order in one sentence. The losses were escalating, the Japanese had reinforced faster than the front could, and Altun Shan was not worth a second Sinkiang campaign fought in a mountain winter.
The front commander does not argue. His divisions have driven in the Japanese lines by several kilometres and hold a string of ridges from which the enemy's second line can be watched and shelled. The new Japanese regiments stay where they are, facing the Soviet ridges, and do not go anywhere else.
Altun Shan stays in Japanese hands, and the December attack has cost ten thousand men.
~ claim(losses == 50, "the December attack cost ten thousand")
-> altun_shan_winter

= press
Stavka orders the attack to go on. The front commits its last reserve, and the artillery is told to fire what it has left and expect the rest by rail. # date: 12 December 1942
~ lower(japan_strength, 1)
~ tire_cavalry()
~ raise(britain_relations, 1)
{div_sent_west > 0:
    ~ losses += 20
    The rifle divisions go forward again on 12 December, into the fresh Japanese regiments, and for a week they try to break the second line. They cannot. There are too few of them; the divisions that should have been their reserve are on the German front. By the 20th the attack has stopped of its own accord, in the snow, a few hundred metres short of the crest. The Japanese have lost heavily too, and their satellites more than they can afford, but Altun Shan is still theirs, and the front has bled itself white to learn it.
- else:
    ~ losses += 20
    ~ soviets_take(altun_shan)
    The rifle divisions go forward again on 12 December, into the fresh Japanese regiments. The fighting lasts nine days. It is done at close range, in cold that freezes the oil in the machine guns. On 21 December the Japanese second line breaks. What is left of its garrison retreats east into the mountains, and Altun Shan is in Soviet hands.
    It is a victory, and the front celebrates it. But the returns are terrible: a rifle division reduced to the strength of a regiment, the cavalry divisions worn out, the depots empty.
}
In Delhi the British liaison mission, which had begun to wonder what the Soviet front was for, reports to London that the Red Army spends its men to keep the Japanese busy: thirty thousand of them in December alone.
~ claim(losses == 70, "December cost thirty thousand")
-> altun_shan_winter

= fall_back
Stavka orders the offensive stopped and the front pulled back from the ridges it has taken to a shorter line, closer to its railheads and easier to supply through the winter. # date: 12 December 1942
~ raise(japan_strength, 1)
~ rest_cavalry()
~ send_east(3)
The withdrawal begins on 12 December and is done in four nights, without loss. The rifle divisions give up the ground they paid for in the first week of the month and settle into positions that were surveyed in the autumn, with dugouts already half built and a road behind them that the snow cannot close.
The Japanese follow cautiously. Their fresh regiments occupy the empty ridges, and by the new year their line at Altun Shan is deeper and stronger than it was before the attack began. The satellite armies, which had seemed close to breaking, take heart.
The front has spared its men. It has also spared the enemy, and every officer who walked back over those ridges knows it. In Delhi the British liaison mission asks whether the Soviet front intends to stay where it now is.
The shorter line needs fewer men. Three rifle divisions leave it for the railheads and the Far East command, which has asked for them since the autumn; the front keeps {div_central_asia}.
-> altun_shan_winter

=== altun_shan_winter ===
= briefing
Late December 1942. The front in the mountains has gone quiet. # date: late December 1942
{soviet_held ? altun_shan:The Soviet divisions hold the passes of Altun Shan and the ridges beyond them; the Japanese have fallen back to a new line in the mountains further east and are digging it in frozen ground, as they dug the last one.|The Soviet divisions face the Japanese line at Altun Shan across a strip of snow a few kilometres wide. Neither side has the strength to attack in this weather, and both know it.} The enemy still keeps a sizeable force in front of them, {japan_strength >= 75:larger now than in November|Japanese regulars stiffening the satellites}, and every regiment he keeps there is a regiment he cannot use anywhere else.
What fighting there is comes from the Japanese side. Twice in the last week small groups of light Japanese tanks have come out of the mountain valleys to probe the Soviet positions. Neither probe got far. The tanks are thin-skinned machines built for China, and the ordinary 45mm divisional anti-tank guns of the Soviet rifle divisions knock them out at half a kilometre. # image: illustrations/light-tanks-45mm.svg = Light Japanese tanks against the 45mm divisional AT guns
The front asks how it is to spend the winter. {cavalry_fresh <= CAVALRY_WORN:The cavalry divisions report that their horses are in poor condition and that a third of them will not survive the winter on the fodder the front can supply.|The cavalry divisions report that their horses will survive the winter if they are given rest and fodder.} The General Staff, which has a winter offensive of its own to feed on the German front, asks what a quiet front could spare. # decision: winter-front
+ [Dig in and tie down the Japanese #history] -> dig_in
+ [Raids and AT-gun ambushes] -> raids
+ [Thin the front and send three divisions west] -> thin

= dig_in
Stavka's order is to hold, dig, and wait. The front is to keep its positions, spend nothing on attacks, and make the Japanese spend as much as possible watching it.
~ rest_cavalry()
Through the rest of December and all of January the divisions burrow into the mountains. Dugouts are roofed with timber brought up by camel, and the 45mm anti-tank guns are moved forward by night, a battery at a time, to cover the valleys the Japanese tanks came down. # image: illustrations/at-guns-altun-shan.svg = 45mm AT guns redeploying at Altun Shan
The front stays quiet until early February. The cold costs the front more men than the enemy does, from frostbite and sickness, but the returns are the lowest since the war in Asia began. {soviet_held ? altun_shan:From the passes of Altun Shan|From their positions in the foothills} the Soviets watch a Japanese force of several divisions watching them, and Stavka is content: the positions are defensible, and the enemy is tied down.
-> altun_shan_end

= raids
Stavka orders the front to keep the enemy awake. Raiding parties are to go out on every moonless night, and the anti-tank guns are to be pushed forward into the valleys as ambushes for any tank that comes out of the mountains.
~ lower(japan_strength, 1)
~ tire_cavalry()
The raids go out through the whole of the winter. They bring back prisoners, burn supply dumps and leave the satellite battalions sleeping in their boots. The 45mm guns, dug into the snow at the mouths of the valleys, catch two more tank probes and leave eleven light tanks burning.
By the end of January the enemy in front of the Central Asian front is tired, thin and frightened, and the intelligence section has more prisoners than it can question. The price is paid in men all the same: every raid costs a few, most of them wounded who had a long way to go through the snow to a dressing station, though the returns count them in hundreds, not in thousands. Tokyo's newspapers complain that the Soviets are waging war in a season when no civilised army fights.
-> altun_shan_end

= thin
Stavka orders the front to hold its line with fewer men. Three rifle divisions are taken out of the mountains and sent to the railheads, and by the new year they are on their way to the German front.
~ send_west(3)
~ raise(japan_strength, 1)
~ rest_cavalry()
The divisions that stay spread out to cover the gaps. They are thin on the ground and they know it, and so do the Japanese, who use the quiet to bring up more men and to push their outposts forward onto ground the Soviets can no longer patrol. The 45mm guns see off one more probe by light tanks, and the front is never in danger. But the enemy in front of it is stronger at the end of January than at the start of it.
The cavalry, with nothing to do in a front that does not move, spends the winter in the valleys around Di Hua, where there is fodder and shelter.
{div_sent_west > 3:
    ~ claim(div_sent_west == 6, "six divisions have gone west")
    With the three that went in November, six divisions of the Central Asian front are now on the German front. What is left in Asia is a front of garrisons.
}
-> altun_shan_end

=== altun_shan_end ===
The winter settles over the Central Asian front. # date: January 1943
<>
{
- losses >= 70:
    ~ claim(altun_shan_december, "there was an attack on Altun Shan in December")
    Since June 1941 the war in Asia has cost it {losses} thousand dead and wounded, {losses - 40} thousand of them since the attack on Altun Shan began. It holds {div_central_asia} divisions, and {soviet_held ? altun_shan:Altun Shan|the ground in front of Altun Shan}. <>
- losses > 40:
    It holds {div_central_asia} divisions and {soviet_held ? altun_shan:Altun Shan|the ground in front of Altun Shan}; the returns since the autumn add {losses - 40} thousand to the front's dead and wounded, {losses} thousand since June 1941. <>
- else:
    ~ claim(not altun_shan_december, "the front has not attacked since November")
    It holds {div_central_asia} divisions and the ground it won in the autumn, and {altun_shan_winter.raids:but for the winter's raids it has not fought since November|it has not fought since November}. <>
}
In Moscow, Stavka turns its attention elsewhere.
->->
