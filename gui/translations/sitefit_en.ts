<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>sitefit::gui::EditLogView</name>
        <message numerus="yes">
            <location filename="../app/src/edit_log_view.cpp" line="73" />
            <source>%n saved change(s), newest first</source>
            <translation>
                <numerusform>%n saved change, newest first</numerusform>
                <numerusform>%n saved changes, newest first</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::EditSession</name>
        <message numerus="yes">
            <location filename="../app/src/edit_session.cpp" line="164" />
            <source>Saved %n change(s) as %1</source>
            <translation>
                <numerusform>Saved %n change as %1</numerusform>
                <numerusform>Saved %n changes as %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/edit_session.cpp" line="226" />
            <source>Restore %n unsaved change(s)</source>
            <translation>
                <numerusform>Restore %n unsaved change</numerusform>
                <numerusform>Restore %n unsaved changes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::FlawedWorkspaceDialog</name>
        <message numerus="yes">
            <location filename="../app/src/flawed_workspace_dialog.cpp" line="32" />
            <source>%1 has %n feature(s) that would make figures wrong.</source>
            <translation>
                <numerusform>%1 has %n feature that would make figures wrong.</numerusform>
                <numerusform>%1 has %n features that would make figures wrong.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::ImportDialog</name>
        <message numerus="yes">
            <location filename="../app/src/import_dialog.cpp" line="216" />
            <source>%n field(s) guessed from the headers: check them.</source>
            <translation>
                <numerusform>%n field guessed from the headers: check them.</numerusform>
                <numerusform>%n fields guessed from the headers: check them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::Listing</name>
        <message numerus="yes">
            <location filename="../listing/src/brochure_content.cpp" line="103" />
            <source>%n enterprise(s) of these chains in the zone.</source>
            <translation>
                <numerusform>%n enterprise of these chains in the zone.</numerusform>
                <numerusform>%n enterprises of these chains in the zone.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/brochure_content.cpp" line="243" />
            <source>Enterprises; %n place(s) left</source>
            <translation>
                <numerusform>Enterprises; %n place left</numerusform>
                <numerusform>Enterprises; %n places left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/brochure_content.cpp" line="268" />
            <source>Land on offer: %n parcel(s), %1</source>
            <translation>
                <numerusform>Land on offer: %n parcel, %1</numerusform>
                <numerusform>Land on offer: %n parcels, %1</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/brochure_content.cpp" line="274" />
            <source>Floor space to let: %n building(s), %1 m² in all</source>
            <translation>
                <numerusform>Floor space to let: %n building, %1 m² in all</numerusform>
                <numerusform>Floor space to let: %n buildings, %1 m² in all</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/brochure_content.cpp" line="328" />
            <source>%n zone(s)</source>
            <translation>
                <numerusform>%n zone</numerusform>
                <numerusform>%n zones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/brochure_content.cpp" line="336" />
            <source>Land on offer: %n parcel(s)</source>
            <translation>
                <numerusform>Land on offer: %n parcel</numerusform>
                <numerusform>Land on offer: %n parcels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/brochure_content.cpp" line="340" />
            <source>Floor space to let: %n building(s)</source>
            <translation>
                <numerusform>Floor space to let: %n building</numerusform>
                <numerusform>Floor space to let: %n buildings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/brochure_content.cpp" line="396" />
            <source>%n flawed feature(s) of the workspace set aside: sites on them are not listed.</source>
            <translation>
                <numerusform>%n flawed feature of the workspace set aside: sites on them are not listed.</numerusform>
                <numerusform>%n flawed features of the workspace set aside: sites on them are not listed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/site_figures.cpp" line="172" />
            <source>updated %n day(s) ago (%1)</source>
            <translation>
                <numerusform>updated %n day ago (%1)</numerusform>
                <numerusform>updated %n days ago (%1)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../listing/src/site_figures.cpp" line="191" />
            <source>%n d ago</source>
            <translation>
                <numerusform>%n d ago</numerusform>
                <numerusform>%n d ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::MainWindow</name>
        <message numerus="yes">
            <location filename="../app/src/main_window.cpp" line="650" />
            <source>%n unsaved change(s)</source>
            <translation>
                <numerusform>%n unsaved change</numerusform>
                <numerusform>%n unsaved changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/main_window.cpp" line="731" />
            <source>Restored %n unsaved change(s)</source>
            <translation>
                <numerusform>Restored %n unsaved change</numerusform>
                <numerusform>Restored %n unsaved changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/main_window.cpp" line="746" />
            <source>Not opened: %1 has %n feature(s) with errors</source>
            <translation>
                <numerusform>Not opened: %1 has %n feature with errors</numerusform>
                <numerusform>Not opened: %1 has %n features with errors</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::ProblemsPanel</name>
        <message numerus="yes">
            <location filename="../app/src/problems_panel.cpp" line="37" />
            <source>%n error(s)</source>
            <translation>
                <numerusform>%n error</numerusform>
                <numerusform>%n errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/problems_panel.cpp" line="40" />
            <source>%n warning(s)</source>
            <translation>
                <numerusform>%n warning</numerusform>
                <numerusform>%n warnings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/problems_panel.cpp" line="107" />
            <source>Left out of the map, the capacity and the matching: %n feature(s) with errors. Fix them in the workspace and open it again.</source>
            <translation>
                <numerusform>Left out of the map, the capacity and the matching: %n feature with errors. Fix them in the workspace and open it again.</numerusform>
                <numerusform>Left out of the map, the capacity and the matching: %n features with errors. Fix them in the workspace and open it again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/problems_panel.cpp" line="113" />
            <source>%n warning(s): the figures are right, but the data deserve a look.</source>
            <translation>
                <numerusform>%n warning: the figures are right, but the data deserve a look.</numerusform>
                <numerusform>%n warnings: the figures are right, but the data deserve a look.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::ReasonWording</name>
        <message numerus="yes">
            <location filename="../app/src/reason_wording.cpp" line="171" />
            <source>%1; no room on its %n other feasible site(s)</source>
            <translation>
                <numerusform>%1; no room on its %n other feasible site</numerusform>
                <numerusform>%1; no room on its %n other feasible sites</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sitefit::gui::UnsavedEditsQuestions</name>
        <message numerus="yes">
            <location filename="../app/src/unsaved_edits_prompt.cpp" line="11" />
            <source>The workspace has %n unsaved change(s).</source>
            <translation>
                <numerusform>The workspace has %n unsaved change.</numerusform>
                <numerusform>The workspace has %n unsaved changes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../app/src/unsaved_edits_prompt.cpp" line="30" />
            <source>%n change(s) to %1 were not saved when sitefit last closed.</source>
            <translation>
                <numerusform>%n change to %1 were not saved when sitefit last closed.</numerusform>
                <numerusform>%n changes to %1 were not saved when sitefit last closed.</numerusform>
            </translation>
        </message>
    </context>
</TS>
