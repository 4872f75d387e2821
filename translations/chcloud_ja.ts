<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>main</name>
    <message>
        <source>Desktop console for the ClickHouse Cloud management API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console window is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
