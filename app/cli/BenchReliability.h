#pragma once

#include "explain/ExplanationRunner.h"
#include "models/Detector.h"

#include <QCommandLineParser>

#include <opencv2/core/mat.hpp>

// The reliability side of `fakelens-cli bench` (issue: cancellation and long runs).
namespace cli {

// Cancels each long job (video scan, each explanation method, evaluate, report analysis, report
// PDF) early and later in its run and prints how long each took to stop (goal: 200 ms).
int benchCancelLatency(const QCommandLineParser& parser, fakelens::Detector& detector,
                       const fakelens::ExplainRequest& request, const cv::Mat& face);

// `explanations` consecutive explanations (small sample counts, the methods in turn) in this
// process; prints the resident memory after the first tenth (warm-up) and its growth after.
int benchLongRun(const QCommandLineParser& parser, fakelens::Detector& detector, const fakelens::ExplainRequest& request,
                 const cv::Mat& face, int explanations);

} // namespace cli
