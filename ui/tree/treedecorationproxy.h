#pragma once

#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>

namespace ems {

// Turns the resource tree's icon names and row types into what a view paints: SVG icons
// from :/icons, italic "Loading…" rows, error rows in the palette's error colour.
class TreeDecorationProxy : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit TreeDecorationProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    static QIcon icon(const QString &name);
    // The icon with a small one (lock, pencil, error) in its lower right corner.
    static QIcon badged(const QString &name, const QString &badge);
    // Red that stays readable on light and dark palettes: error rows and error texts.
    static QColor errorColor(const QPalette &palette);
    // Amber for what went wrong but was handled (a retried attempt), on both palettes.
    static QColor warningColor(const QPalette &palette);
};

} // namespace ems
