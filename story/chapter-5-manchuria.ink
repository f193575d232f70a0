=== chapter_five ===
The war goes on. # chapter: Chapter 5
-> epilogue
