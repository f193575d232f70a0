=== chapter_three ===
The war goes on. # chapter: Chapter 3
-> chapter_four
