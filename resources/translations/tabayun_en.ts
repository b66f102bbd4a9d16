<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AddressDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/address_dialog.py" line="67" />
        <source>%n address(es) to fetch</source>
        <translation>
            <numerusform>%n address to fetch</numerusform><numerusform>%n addresses to fetch</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/address_dialog.py" line="68" />
        <source>%n line(s) are not web addresses</source>
        <translation>
            <numerusform>%n line is not a web address</numerusform><numerusform>%n lines are not web addresses</numerusform></translation>
    </message>
</context>
<context>
    <name>ComparisonController</name>
    <message numerus="yes">
        <location filename="../../ui/comparison.py" line="319" />
        <source>%n shared passage(s)</source>
        <translation>
            <numerusform>%n shared passage</numerusform><numerusform>%n shared passages</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/comparison.py" line="321" />
        <source>%n fact(s) where outlets differ</source>
        <translation>
            <numerusform>%n fact where outlets differ</numerusform><numerusform>%n facts where outlets differ</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/comparison.py" line="324" />
        <source>%n to check</source>
        <translation>
            <numerusform>%n to check</numerusform><numerusform>%n to check</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/export_dialog.py" line="119" />
        <source>The %n open article(s)</source>
        <translation>
            <numerusform>The open article</numerusform><numerusform>The %n open articles</numerusform></translation>
    </message>
</context>
<context>
    <name>FactsPanel</name>
    <message numerus="yes">
        <location filename="../../ui/views/facts_panel.py" line="235" />
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform><numerusform>%n facts</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/facts_panel.py" line="236" />
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform><numerusform>%n questions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/facts_panel.py" line="237" />
        <source>%n where outlets differ</source>
        <translation>
            <numerusform>%n where outlets differ</numerusform><numerusform>%n where outlets differ</numerusform></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="419" />
        <source>Import %n Article(s)</source>
        <translation>
            <numerusform>Import %n Article</numerusform><numerusform>Import %n Articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="435" />
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform><numerusform>%n new</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="436" />
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n duplicate</numerusform><numerusform>%n duplicates</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="437" />
        <source>%n near duplicate(s)</source>
        <translation>
            <numerusform>%n near duplicate</numerusform><numerusform>%n near duplicates</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="438" />
        <source>%n new version(s)</source>
        <translation>
            <numerusform>%n new version</numerusform><numerusform>%n new versions</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="439" />
        <source>%n with errors</source>
        <translation>
            <numerusform>%n with errors</numerusform><numerusform>%n with errors</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="440" />
        <source>%n not read</source>
        <translation>
            <numerusform>%n not read</numerusform><numerusform>%n not read</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="479" />
        <source>Imported %n article(s) into “{name}”.</source>
        <translation>
            <numerusform>Imported %n article into “{name}”.</numerusform><numerusform>Imported %n articles into “{name}”.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="484" />
        <source>Skipped %n duplicate(s).</source>
        <translation>
            <numerusform>Skipped %n duplicate.</numerusform><numerusform>Skipped %n duplicates.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="488" />
        <source>%n article(s) replaced by a new version of the same file.</source>
        <translation>
            <numerusform>%n article replaced by a new version of the same file.</numerusform><numerusform>%n articles replaced by a new version of the same file.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="493" />
        <source>%n file(s) could not be imported:</source>
        <translation>
            <numerusform>%n file could not be imported:</numerusform><numerusform>%n files could not be imported:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_dialog.py" line="497" />
        <source>%n file(s) were not read:</source>
        <translation>
            <numerusform>%n file was not read:</numerusform><numerusform>%n files were not read:</numerusform></translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message numerus="yes">
        <location filename="../../ui/library.py" line="143" />
        <source>%n article(s) open</source>
        <translation>
            <numerusform>%n article open</numerusform><numerusform>%n articles open</numerusform></translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <location filename="../../ui/models/library_model.py" line="54" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message numerus="yes">
        <location filename="../../ui/views/sidebar.py" line="83" />
        <source>Name the Outlet of %n Article(s)…</source>
        <translation>
            <numerusform>Name the Outlet of %n Article…</numerusform><numerusform>Name the Outlet of %n Articles…</numerusform></translation>
    </message>
</context>
<context>
    <name>NameOutletDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/outlet_dialogs.py" line="61" />
        <source>The outlet of the %n chosen article(s):</source>
        <translation>
            <numerusform>The outlet of the chosen article:</numerusform><numerusform>The outlet of the %n chosen articles:</numerusform></translation>
    </message>
</context>
<context>
    <name>PairwiseView</name>
    <message numerus="yes">
        <location filename="../../ui/views/pairwise.py" line="180" />
        <source>%n linked passage(s)</source>
        <translation>
            <numerusform>%n linked passage</numerusform><numerusform>%n linked passages</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/pairwise.py" line="182" />
        <source>%n pair(s) in a different order (crossing bands)</source>
        <translation>
            <numerusform>%n pair in a different order (crossing bands)</numerusform><numerusform>%n pairs in a different order (crossing bands)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/pairwise.py" line="184" />
        <source>%n set by a reviewer (dashed)</source>
        <translation>
            <numerusform>%n set by a reviewer (dashed)</numerusform><numerusform>%n set by a reviewer (dashed)</numerusform></translation>
    </message>
</context>
<context>
    <name>PassagePanel</name>
    <message numerus="yes">
        <location filename="../../ui/views/passage_panel.py" line="382" />
        <source>Its passage holds %n more sentence(s), which Merge takes too:</source>
        <translation>
            <numerusform>Its passage holds %n more sentence, which Merge takes too:</numerusform><numerusform>Its passage holds %n more sentences, which Merge takes too:</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/passage_panel.py" line="398" />
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform><numerusform>… and %n more</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/passage_panel.py" line="187" />
        <source>%n close sentence(s) outside it, below</source>
        <translation>
            <numerusform>%n close sentence outside it, below</numerusform><numerusform>%n close sentences outside it, below</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/passage_panel.py" line="194" />
        <source>%n part(s) to split off and link, below</source>
        <translation>
            <numerusform>%n part to split off and link, below</numerusform><numerusform>%n parts to split off and link, below</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/passage_panel.py" line="248" />
        <source>%1 (%n pair(s))</source>
        <translation>
            <numerusform>%1 (%n pair)</numerusform><numerusform>%1 (%n pairs)</numerusform></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../ui/views/search_panel.py" line="81" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
</context>
<context>
    <name>StoriesController</name>
    <message numerus="yes">
        <location filename="../../ui/stories.py" line="239" />
        <source>%n story(ies)</source>
        <translation>
            <numerusform>%n story</numerusform><numerusform>%n stories</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stories.py" line="302" />
        <source>%n story(ies) found</source>
        <translation>
            <numerusform>%n story found</numerusform><numerusform>%n stories found</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stories.py" line="304" />
        <source>%n of yours kept</source>
        <translation>
            <numerusform>%n of yours kept</numerusform><numerusform>%n of yours kept</numerusform></translation>
    </message>
</context>
<context>
    <name>StoriesModel</name>
    <message numerus="yes">
        <location filename="../../ui/models/stories_model.py" line="67" />
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform><numerusform>%n articles</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/stories_model.py" line="68" />
        <source>%n outlet(s)</source>
        <translation>
            <numerusform>%n outlet</numerusform><numerusform>%n outlets</numerusform></translation>
    </message>
</context>
<context>
    <name>StoriesTree</name>
    <message numerus="yes">
        <location filename="../../ui/stories.py" line="115" />
        <source>Merge %n Stories</source>
        <translation>
            <numerusform>Merge %n Stories</numerusform><numerusform>Merge %n Stories</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stories.py" line="121" />
        <source>Move %n Article(s) to a New Story</source>
        <translation>
            <numerusform>Move %n Article to a New Story</numerusform><numerusform>Move %n Articles to a New Story</numerusform></translation>
    </message>
</context>
<context>
    <name>TaggedList</name>
    <message numerus="yes">
        <location filename="../../ui/views/tagged_list.py" line="132" />
        <source>Only passages not found after a re-import (%n)</source>
        <translation>
            <numerusform>Only passages not found after a re-import (%n)</numerusform><numerusform>Only passages not found after a re-import (%n)</numerusform></translation>
    </message>
</context>
</TS>