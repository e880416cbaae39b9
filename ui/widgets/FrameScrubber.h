#pragma once

#include <QWidget>

class QLabel;
class QSlider;
class QTimer;
class QToolButton;

namespace fakelens::ui {

// The video transport: a slider over the frames, step and jump buttons, play/pause, and the
// frame number and time. It only asks for frames (frameRequested); the window tells it which
// frame is shown. While playing it asks for the next frame only once the last one is shown, so
// slow detection lowers the frame rate instead of piling up requests.
class FrameScrubber : public QWidget {
    Q_OBJECT

public:
    explicit FrameScrubber(QWidget* parent = nullptr);

    void setVideo(int frameCount, double fps);
    void setFrameCount(int frameCount); // when the true count turns out to differ
    void setCurrentFrame(int index);
    int currentFrame() const { return current_; }
    int frameCount() const { return frameCount_; }
    // Frames a Page Up/Down jumps: one second of video (10 frames when the rate is unknown).
    int pageStep() const;
    bool isPlaying() const { return playing_; }
    QString positionText() const;

public Q_SLOTS:
    void stepBy(int frames);
    void setPlaying(bool playing);
    void togglePlaying() { setPlaying(!playing_); }

Q_SIGNALS:
    void frameRequested(int index);
    void playingChanged(bool playing);

private:
    void requestFrame(int index);
    void updateLabels();
    QString timeText(int frame) const;

    QSlider* slider_;
    QToolButton* previous_;
    QToolButton* play_;
    QToolButton* next_;
    QLabel* frameLabel_;
    QLabel* timeLabel_;
    QTimer* playTimer_;
    int frameCount_ = 1;
    double fps_ = 0;
    int current_ = 0;
    bool playing_ = false;
    bool waitingForFrame_ = false;
};

} // namespace fakelens::ui
