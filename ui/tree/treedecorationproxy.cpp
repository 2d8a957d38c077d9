#include "ui/tree/treedecorationproxy.h"

#include "core/tree/resourcetreemodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace ems {

TreeDecorationProxy::TreeDecorationProxy(QObject *parent)
    : QIdentityProxyModel(parent)
{ }

QIcon TreeDecorationProxy::icon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(u":/icons/%1.svg"_s.arg(name)));
    return *it;
}

QIcon TreeDecorationProxy::badged(const QString &name, const QString &badge)
{
    static QHash<QString, QIcon> cache;
    const QString key = name + u'+' + badge;
    auto it = cache.find(key);
    if (it != cache.end())
        return *it;
    QIcon result;
    for (const int size : {16, 24, 32, 48}) { // 1x to 3x of the tree's 16 px
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        icon(name).paint(&painter, 0, 0, size, size);
        const int corner = size * 9 / 16;
        icon(badge).paint(&painter, size - corner, size - corner, corner, corner);
        painter.end();
        result.addPixmap(pixmap);
    }
    return *cache.insert(key, result);
}

QVariant TreeDecorationProxy::data(const QModelIndex &index, int role) const
{
    const auto type = [&] {
        return ResourceTreeModel::rowType(index);
    };
    const auto editState = [&] {
        return ResourceTreeModel::EditState(index.data(ResourceTreeModel::EditStateRole).toInt());
    };
    switch (role) {
    case Qt::DecorationRole: {
        if (index.column() != ResourceTreeModel::NameColumn)
            return {};
        // What the row is stays visible; what happens to it is a badge in the corner.
        const QString iconName = index.data(ResourceTreeModel::IconNameRole).toString();
        switch (editState()) {
        case ResourceTreeModel::EditState::Writing:
            return badged(iconName, u"writing"_s);
        case ResourceTreeModel::EditState::Pending:
        case ResourceTreeModel::EditState::Kept:
            return badged(iconName, u"pending"_s);
        case ResourceTreeModel::EditState::Failed:
            return badged(iconName, u"error"_s);
        case ResourceTreeModel::EditState::None:
            break;
        }
        return index.data(ResourceTreeModel::ReadOnlyRole).toBool() ? badged(iconName, u"lock"_s)
                                                                    : icon(iconName);
    }
    case Qt::FontRole: {
        const bool editing = editState() == ResourceTreeModel::EditState::Writing
                || editState() == ResourceTreeModel::EditState::Pending;
        const bool placeholder = type() == RowType::Loading || type() == RowType::Empty;
        if (placeholder || type() == RowType::Team || editing) {
            QFont font;
            font.setItalic(placeholder || editing);
            font.setBold(type() == RowType::Team);
            return font;
        }
        return {};
    }
    case Qt::ForegroundRole: {
        const QPalette palette = QGuiApplication::palette();
        if (type() == RowType::Loading || type() == RowType::Empty
            || (index.column() == ResourceTreeModel::TypeColumn && type() != RowType::Error))
            return palette.color(QPalette::PlaceholderText);
        if (type() == RowType::Error)
            return errorColor(palette);
        return {};
    }
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

QColor TreeDecorationProxy::errorColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

QColor TreeDecorationProxy::warningColor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0xc1, 0x07) : QColor(0x9a, 0x5b, 0x00);
}

} // namespace ems
