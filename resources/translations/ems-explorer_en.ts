<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ems::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="279"/>
        <source>Drop %n staged edit(s) without writing them?</source>
        <translation>
            <numerusform>Drop %n staged edit without writing it?</numerusform>
            <numerusform>Drop %n staged edits without writing them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="366"/>
        <source>%n staged edit(s) from your last session for %1 are not written yet.</source>
        <translation>
            <numerusform>%n staged edit from your last session for %1 is not written yet.</numerusform>
            <numerusform>%n staged edits from your last session for %1 are not written yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="418"/>
        <source>%n item(s) loaded.</source>
        <translation>
            <numerusform>%n item loaded.</numerusform>
            <numerusform>%n items loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="513"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n request in flight</numerusform>
            <numerusform>%n requests in flight</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="765"/>
        <source>%n pending edit(s)</source>
        <translation>
            <numerusform>%n pending edit</numerusform>
            <numerusform>%n pending edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/mainwindow.cpp" line="767"/>
        <source>&amp;Apply %n Pending Edit(s)</source>
        <translation>
            <numerusform>&amp;Apply %n Pending Edit</numerusform>
            <numerusform>&amp;Apply %n Pending Edits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ems::PermissionsModel</name>
    <message numerus="yes">
        <location filename="../../lib/core/permissionsmodel.cpp" line="90"/>
        <source>%n permission(s)</source>
        <translation>
            <numerusform>%n permission</numerusform>
            <numerusform>%n permissions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ems::PropertyModel</name>
    <message numerus="yes">
        <location filename="../../lib/core/propertymodel.cpp" line="118"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lib/core/propertymodel.cpp" line="120"/>
        <source>{%n field(s)}</source>
        <translation>
            <numerusform>{%n field}</numerusform>
            <numerusform>{%n fields}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ems::ResourceTreeModel</name>
    <message numerus="yes">
        <location filename="../../lib/core/resourcetreemodel.cpp" line="607"/>
        <source>%n object(s) could not be read and are not shown: %1</source>
        <translation>
            <numerusform>%n object could not be read and is not shown: %1</numerusform>
            <numerusform>%n objects could not be read and are not shown: %1</numerusform>
        </translation>
    </message>
</context>
</TS>
