#include "widgets/FrameScrubber.h"

#include "core/Timecode.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <cmath>

namespace fakelens::ui {

FrameScrubber::FrameScrubber(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("frameScrubber"));
    auto makeButton = [this](QStyle::StandardPixmap icon, const QString& tip) {
        auto* button = new QToolButton(this);
        button->setIcon(style()->standardIcon(icon));
        button->setToolTip(tip);
        button->setAutoRaise(true);
        return button;
    };
    previous_ = makeButton(QStyle::SP_MediaSeekBackward, tr("Previous frame (Left)"));
    play_ = makeButton(QStyle::SP_MediaPlay, tr("Play / pause (P)"));
    next_ = makeButton(QStyle::SP_MediaSeekForward, tr("Next frame (Right)"));
    slider_ = new QSlider(Qt::Horizontal, this);
    slider_->setObjectName(QStringLiteral("frameSlider"));
    // The window's shortcuts step frames; a focused slider would step them a second time.
    slider_->setFocusPolicy(Qt::NoFocus);
    frameLabel_ = new QLabel(this);
    frameLabel_->setObjectName(QStringLiteral("frameLabel"));
    timeLabel_ = new QLabel(this);
    timeLabel_->setObjectName(QStringLiteral("timeLabel"));
    frameLabel_->setMinimumWidth(frameLabel_->fontMetrics().horizontalAdvance(QStringLiteral("frame 00000 / 00000")));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(previous_);
    layout->addWidget(play_);
    layout->addWidget(next_);
    layout->addWidget(slider_, 1);
    layout->addWidget(frameLabel_);
    layout->addWidget(timeLabel_);

    playTimer_ = new QTimer(this);
    connect(playTimer_, &QTimer::timeout, this, [this] {
        if (waitingForFrame_)
            return;
        if (current_ + 1 >= frameCount_) {
            setPlaying(false);
            return;
        }
        requestFrame(current_ + 1);
    });
    connect(previous_, &QToolButton::clicked, this, [this] { stepBy(-1); });
    connect(next_, &QToolButton::clicked, this, [this] { stepBy(1); });
    connect(play_, &QToolButton::clicked, this, &FrameScrubber::togglePlaying);
    connect(slider_, &QSlider::valueChanged, this, [this](int value) {
        if (value != current_)
            requestFrame(value);
    });
    setVideo(1, 0);
}

void FrameScrubber::setVideo(int frameCount, double fps) {
    setPlaying(false);
    fps_ = fps;
    current_ = 0;
    waitingForFrame_ = false;
    setFrameCount(frameCount);
}

void FrameScrubber::setFrameCount(int frameCount) {
    frameCount_ = std::max(1, frameCount);
    const QSignalBlocker blocker(slider_);
    slider_->setRange(0, frameCount_ - 1);
    slider_->setPageStep(pageStep());
    slider_->setValue(std::min(current_, frameCount_ - 1));
    updateLabels();
}

void FrameScrubber::setCurrentFrame(int index) {
    current_ = std::clamp(index, 0, frameCount_ - 1);
    waitingForFrame_ = false;
    const QSignalBlocker blocker(slider_);
    slider_->setValue(current_);
    updateLabels();
}

int FrameScrubber::pageStep() const { return fps_ > 0 ? std::max(1, int(std::lround(fps_))) : 10; }

void FrameScrubber::stepBy(int frames) {
    const int target = std::clamp(current_ + frames, 0, frameCount_ - 1);
    if (target != current_)
        requestFrame(target);
}

void FrameScrubber::requestFrame(int index) {
    // Shown at once so the scrubber follows the key presses; the picture follows when decoded.
    current_ = index;
    waitingForFrame_ = true;
    {
        const QSignalBlocker blocker(slider_);
        slider_->setValue(index);
    }
    updateLabels();
    emit frameRequested(index);
}

void FrameScrubber::setPlaying(bool playing) {
    if (playing && current_ + 1 >= frameCount_)
        playing = false;
    if (playing_ == playing)
        return;
    playing_ = playing;
    play_->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    if (playing)
        playTimer_->start(fps_ > 0 ? int(1000.0 / fps_) : 40);
    else
        playTimer_->stop();
    emit playingChanged(playing);
}

// The engine's timecode (core/Timecode.h): the report and the CLI print the same.
QString FrameScrubber::timeText(int frame) const {
    return QString::fromStdString(timecode(fps_ > 0 ? frame / fps_ : 0.0));
}

// Frames are numbered from 0 in decoding order, as in the CLI, the case and the report: the label
// shows the current frame and the last one, as the time label shows the time and the length.
QString FrameScrubber::positionText() const { return tr("frame %1 / %2").arg(current_).arg(frameCount_ - 1); }

void FrameScrubber::updateLabels() {
    frameLabel_->setText(positionText());
    frameLabel_->setToolTip(tr("Frames are numbered from 0, as in the CLI, the case and the report; this video's "
                               "last frame is %1.").arg(frameCount_ - 1));
    timeLabel_->setText(fps_ > 0 ? tr("%1 / %2").arg(timeText(current_), timeText(frameCount_)) : QString());
    previous_->setEnabled(current_ > 0);
    next_->setEnabled(current_ + 1 < frameCount_);
}

} // namespace fakelens::ui
