// render-icon: a build-time tool that turns the application icon's SVG into one PNG of a given
// size, so the hicolor theme gets every PNG size from the one SVG and no rendered image is ever
// committed. Usage: render-icon IN.svg SIZE OUT.png

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QTextStream err(stderr);
    if (argc != 4) {
        err << "usage: render-icon IN.svg SIZE OUT.png\n";
        return 2;
    }
    const QString in = QString::fromLocal8Bit(argv[1]);
    bool sizeOk = false;
    const int size = QString::fromLocal8Bit(argv[2]).toInt(&sizeOk);
    const QString out = QString::fromLocal8Bit(argv[3]);
    if (!sizeOk || size < 1 || size > 4096) {
        err << "render-icon: not a size: " << argv[2] << '\n';
        return 2;
    }
    QSvgRenderer svg(in);
    if (!svg.isValid()) {
        err << "render-icon: cannot read " << in << '\n';
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    // Straight alpha in the file, as every PNG reader expects.
    const QImage png = image.convertToFormat(QImage::Format_ARGB32);
    if (!QDir().mkpath(QFileInfo(out).absolutePath()) || !png.save(out, "PNG")) {
        err << "render-icon: cannot write " << out << '\n';
        return 1;
    }
    return 0;
}
