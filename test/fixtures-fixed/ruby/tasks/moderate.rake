# frozen_string_literal: true

require 'net/http'
require 'json'

namespace :photos do
  desc 'Flag uploaded photos that Clarifai rates as unsafe'
  task moderate: :environment do
    uri = URI('https://api.clarifai.com/v2/models/nsfw-recognition/outputs')
    Photo.unmoderated.find_each do |photo|
      body = { user_app_id: { user_id: 'clarifai', app_id: 'main' }, inputs: [{ data: { image: { url: photo.url } } }] }
      response = Net::HTTP.post(uri, body.to_json, 'Authorization' => "Key #{ENV['CLARIFAI_PAT']}", 'Content-Type' => 'application/json') # expect: wrong-owner-ids
      nsfw = JSON.parse(response.body).dig('outputs', 0, 'data', 'concepts').find { |c| c['name'] == 'nsfw' }
      photo.update!(flagged: nsfw['value'] > 0.8)
    end
  end
end
