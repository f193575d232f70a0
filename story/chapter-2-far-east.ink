=== chapter_two ===
The war goes on. # chapter: Chapter 2
-> chapter_three
